import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter } from '../../../src/main/cli/progressBar';
import { fakeTerminal } from './support';

describe('the progress bar', () => {
  it('fills with the share done and shows the count', () => {
    expect(progressLine(0, 4, 80)).toBe(`[${'-'.repeat(40)}]    0%  0/4`);
    expect(progressLine(1, 4, 80)).toBe(`[${'#'.repeat(10)}${'-'.repeat(30)}]   25%  1/4`);
    expect(progressLine(4, 4, 80)).toBe(`[${'#'.repeat(40)}]  100%  4/4`);
  });

  it('fits a narrow terminal', () => {
    expect(progressLine(5, 10, 30).length).toBeLessThanOrEqual(30);
  });

  it('is drawn in place on a terminal, and not at all into a pipe', () => {
    const terminal = fakeTerminal({ interactive: true });
    const bar = progressReporter(terminal);
    bar.update(10, 10);
    bar.end();
    expect(terminal.stderr()).toBe(`\r${progressLine(10, 10, 80)}\n`);

    const pipe = fakeTerminal();
    const quiet = progressReporter(pipe);
    quiet.update(10, 10);
    quiet.end();
    expect(pipe.stderr()).toBe('');
  });
});
