import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseHarnessArgs, UsageError } from '../../../src/main/harness/parseArgs';

describe('parseHarnessArgs', () => {
  it('defaults to port 5174 and a temporary library', () => {
    expect(parseHarnessArgs([])).toEqual({ port: DEFAULT_PORT, library: undefined, help: false });
    expect(DEFAULT_PORT).toBe(5174);
  });

  it('reads --port and --library, spaced or with =', () => {
    expect(parseHarnessArgs(['--port', '0', '--library', '/tmp/lib'])).toEqual({
      port: 0,
      library: '/tmp/lib',
      help: false,
    });
    expect(parseHarnessArgs(['--port=8080', '--library=./lib'])).toMatchObject({
      port: 8080,
      library: './lib',
    });
  });

  it('recognizes --help', () => {
    expect(parseHarnessArgs(['--help']).help).toBe(true);
    expect(parseHarnessArgs(['-h']).help).toBe(true);
  });

  it.each([
    [['--bogus'], /Unknown argument "--bogus"/],
    [['stray'], /Unknown argument "stray"/],
    [['--port'], /--port needs a value/],
    [['--port='], /--port needs a value/],
    [['--port', '--library', 'x'], /--port needs a value/],
    [['--library'], /--library needs a value/],
    [['--port', 'abc'], /number from 0 to 65535/],
    [['--port', '-1'], /number from 0 to 65535/],
    [['--port', '65536'], /number from 0 to 65535/],
    [['--port', '1.5'], /number from 0 to 65535/],
    [['--port', '1', '--port', '2'], /given more than once/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseHarnessArgs(argv)).toThrow(UsageError);
    expect(() => parseHarnessArgs(argv)).toThrow(message);
  });
});
