import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../src/main/export/writeFileAtomically';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'copydesk-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    await writeFile(join(folder, 'story.txt'), 'old');
    await writeFileAtomically(join(folder, 'story.txt'), new TextEncoder().encode('new'));
    expect(await readFile(join(folder, 'story.txt'), 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['story.txt']);
  });

  it('removes its temporary file when the final rename fails', async () => {
    await mkdir(join(folder, 'story.txt'));
    await expect(writeFileAtomically(join(folder, 'story.txt'), new Uint8Array(3))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['story.txt']);
  });

  it('writes nothing into a folder that is not there', async () => {
    await expect(
      writeFileAtomically(join(folder, 'missing', 'story.txt'), new Uint8Array(3)),
    ).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});
