import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(__dirname, '../../..');

/** Runs cli.ts from source, where ../renderer does not exist: exactly the "not built yet" case. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/harness/cli.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('harness command line', () => {
  it('exits 2 with the usage on a bad flag', () => {
    const { status, stderr } = runCli(['--bogus']);
    expect(status).toBe(2);
    expect(stderr).toContain('Unknown argument "--bogus"');
    expect(stderr).toContain('Usage: npm run harness -- [--port N] [--library DIR]');
  });

  it('exits 2 on a bad port', () => {
    const { status, stderr } = runCli(['--port', 'eighty']);
    expect(status).toBe(2);
    expect(stderr).toContain('--port needs a number');
  });

  it('prints the usage for --help and exits 0', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: npm run harness');
  });

  it('exits 1 asking for a build when there is no renderer next to it', () => {
    const { status, stderr, stdout } = runCli(['--port', '0']);
    expect(status).toBe(1);
    expect(stderr).toContain('Build the app first: npm run build');
    expect(stdout).toBe('');
  });
});
