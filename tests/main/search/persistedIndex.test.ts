import { describe, expect, it } from 'vitest';
import {
  composeIndexFile,
  parseIndexFile,
  SEARCH_INDEX_FORMAT,
} from '../../../src/main/search/persistedIndex';

const bytes = (text: string) => new Uint8Array(Buffer.from(text));
const manifest = { format: SEARCH_INDEX_FORMAT, engine: 'minisearch', revisions: { a: 1, b: 4 } };

describe('persistedIndex', () => {
  it('reads back what it wrote, even engine bytes with line breaks, and aligns them to 8 bytes', () => {
    const engineBytes = bytes('{"x":1}\n{"y":2}');
    const revisionSets: Record<string, number>[] = [
      {},
      { a: 1 },
      { a: 1, bb: 22 },
      { a: 1, bb: 22, ccc: 333 },
    ];
    for (const revisions of revisionSets) {
      const file = composeIndexFile({ ...manifest, revisions }, engineBytes);
      const parsed = parseIndexFile(file, 'minisearch');
      expect(parsed).toEqual({ ok: true, index: { manifest: { ...manifest, revisions }, engineBytes } });
      expect(parsed.ok && parsed.index.engineBytes.byteOffset % 8).toBe(0);
    }
  });

  it('tells a corrupt file from one of another format or engine', () => {
    const other = (changes: object) => composeIndexFile({ ...manifest, ...changes }, bytes('{}'));
    expect(parseIndexFile(bytes(''), 'minisearch')).toEqual({ ok: false, reason: 'corrupt' });
    expect(parseIndexFile(bytes('{"format":\n{}'), 'minisearch')).toEqual({ ok: false, reason: 'corrupt' });
    expect(parseIndexFile(Uint8Array.from([0xff, 0xfe, 0x0a, 1]), 'minisearch')).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(parseIndexFile(other({ revisions: { a: 0 } }), 'minisearch')).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(parseIndexFile(other({ revisions: [] }), 'minisearch')).toEqual({ ok: false, reason: 'corrupt' });
    expect(parseIndexFile(other({ format: 99 }), 'minisearch')).toEqual({
      ok: false,
      reason: 'other-format',
    });
    expect(parseIndexFile(other({}), 'flexsearch')).toEqual({ ok: false, reason: 'other-engine' });
  });
});
