import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexText } from '../../../src/main/library/indexText';
import { readIndexJson } from '../../../src/main/library/readIndexFile';
import { summaryOf } from './catalog/catalogFixtures';
import { makeTempDir } from './fixtures/libraryFixtures';

/** Over a megabyte, with accents and a line break inside values, so lines and characters straddle chunks. */
function largeIndex() {
  const stories = Object.fromEntries(
    Array.from({ length: 3000 }, (_, n) => {
      const summary = summaryOf(n, { headline: `Évora ${'ü'.repeat(n % 300)} Kyїv\nline ${n}` });
      return [summary.id, summary];
    }),
  );
  return { format: 1 as const, journalSeq: 42, stories };
}

async function written(text: string): Promise<string> {
  const path = join(await makeTempDir(), 'index.json');
  await writeFile(path, text);
  return path;
}

describe('index.json, a story per line', () => {
  it('is valid JSON and reads back equal, across chunks', async () => {
    const index = largeIndex();
    const text = indexText(index);

    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    expect(JSON.parse(text)).toEqual(index);
    expect(text.split('\n')).toHaveLength(Object.keys(index.stories).length + 3);
    expect(await readIndexJson(await written(text))).toEqual(index);
  });

  it('reads an empty index and one written on a single line by earlier versions', async () => {
    const empty = { format: 1 as const, journalSeq: 0, stories: {} };
    expect(await readIndexJson(await written(indexText(empty)))).toEqual(empty);
    const index = largeIndex();
    expect(await readIndexJson(await written(JSON.stringify(index)))).toEqual(index);
  });

  it('refuses a file cut short, or with anything but stories between its first and last lines', async () => {
    const text = indexText(largeIndex());
    await expect(readIndexJson(await written(text.slice(0, text.length - 4)))).rejects.toThrow(SyntaxError);
    const lines = text.split('\n');
    lines.splice(2, 0, 'not a story');
    await expect(readIndexJson(await written(lines.join('\n')))).rejects.toThrow(SyntaxError);
    await expect(readIndexJson(await written(`${text}{}\n`))).rejects.toThrow(SyntaxError);
  });

  it('is undefined when there is no file', async () => {
    expect(await readIndexJson(join(await makeTempDir(), 'index.json'))).toBeUndefined();
  });
});
