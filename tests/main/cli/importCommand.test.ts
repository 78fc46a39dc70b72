import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/runCli';
import { fakeTerminal } from './support';

const SAMPLE = join(__dirname, '../../../resources/samples/istanbul-peace-talks.txt');

let root: string;
let library: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-cli-import-'));
  library = join(root, 'library');
  await mkdir(join(library, 'stories'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('copydesk import', () => {
  it('imports each file and prints what it recognized, its quotes and what it dropped', async () => {
    const terminal = fakeTerminal();
    expect(await runCli(['import', '--library', library, SAMPLE], terminal)).toBe(0);
    const printed = terminal.stdout();
    expect(printed).toContain(
      'Imported istanbul-peace-talks.txt as “Ukraine, Russia Discuss Peace Talks Amid Continuing Violence”',
    );
    expect(printed).toContain('Section: World');
    expect(printed).toContain('Dateline: ISTANBUL, Turkey —');
    expect(printed).toContain('Dmitri Peskov, Kremlin spokesperson (noted)');
    expect(printed).toContain('“Connect with us” (web boilerplate)');
    expect(printed).toContain('1 of 1 file imported.');
  });

  it('goes on past a bad file, names it, and exits 1', async () => {
    const empty = join(root, 'empty.txt');
    await writeFile(empty, '');
    const terminal = fakeTerminal();
    expect(await runCli(['import', '--library', library, empty, SAMPLE], terminal)).toBe(1);
    expect(terminal.stderr()).toContain('Not imported: empty.txt: The file is empty.');
    expect(terminal.stdout()).toContain('1 of 2 files imported.');
  });

  it('exits 2 without files', async () => {
    expect(await runCli(['import', '--library', library], fakeTerminal())).toBe(2);
  });
});
