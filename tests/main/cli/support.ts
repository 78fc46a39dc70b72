import type { CliIo } from '../../../src/main/cli/cliIo';

/** A terminal for command tests: what the command printed, and whether it was "interactive". */
export function fakeTerminal(
  overrides: Partial<CliIo> = {},
): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => (out += text),
    err: (text) => (err += text),
    interactive: false,
    columns: 80,
    env: {},
    platform: 'linux',
    home: '/home/nobody',
    ...overrides,
    stdout: () => out,
    stderr: () => err,
  };
}
