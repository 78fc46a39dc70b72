import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nitf } from '@shared/export/formats/nitf';
import { ninjs31 } from '@shared/export/formats/ninjs31';
import { toExportStory } from '@shared/export/model/toExportStory';
import { runCli } from '../../../src/main/cli/runCli';
import { sampleStory } from '../../shared/export/support/stories';
import { fakeTerminal } from './support';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'copydesk-validate-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  await writeFile(join(folder, name), text);
  return join(folder, name);
}

describe('copydesk validate', () => {
  it('says each exported file is valid, by its standard', async () => {
    const story = toExportStory(sampleStory());
    const files = [
      await file('story.nitf.xml', nitf(story)),
      await file('story.ninjs-3.1.json', ninjs31(story)),
    ];
    const terminal = fakeTerminal();

    expect(await runCli(['validate', ...files], terminal)).toBe(0);
    expect(terminal.stdout()).toContain(`${files[0]}: valid NITF 3.6`);
    expect(terminal.stdout()).toContain('2 of 2 files valid.');
  }, 30_000);

  it('prints each problem with its line, and exits 1', async () => {
    const broken = nitf(toExportStory(sampleStory())).replace('<hl1>', '<hl9>').replace('</hl1>', '</hl9>');
    const path = await file('broken.xml', broken);
    const terminal = fakeTerminal();

    expect(await runCli(['validate', path], terminal)).toBe(1);
    expect(terminal.stdout()).toMatch(new RegExp(`${path}:\\d+: .*hl9`));
    expect(terminal.stdout()).toContain('0 of 1 file valid.');
  }, 30_000);

  it('reports a missing file or one that is neither XML nor JSON, without throwing', async () => {
    const text = await file('notes.txt', 'Just some notes.');
    const terminal = fakeTerminal();

    expect(await runCli(['validate', join(folder, 'gone.xml'), text], terminal)).toBe(1);
    expect(terminal.stdout()).toContain('gone.xml: There is no such file.');
    expect(terminal.stdout()).toContain('notes.txt: Neither XML (NITF, NewsML-G2) nor JSON (ninjs)');
  });

  it('exits 2 without files', async () => {
    expect(await runCli(['validate'], fakeTerminal())).toBe(2);
  });
});
