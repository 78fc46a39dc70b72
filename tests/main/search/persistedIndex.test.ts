import { describe, expect, it } from 'vitest';
import {
  composeIndexFile,
  parseIndexFile,
  SEARCH_INDEX_FORMAT,
} from '../../../src/main/search/persistedIndex';

const manifest = { format: SEARCH_INDEX_FORMAT, engine: 'minisearch', revisions: { a: 1, b: 4 } };

describe('persistedIndex', () => {
  it('reads back what it wrote, even an engine text with line breaks', () => {
    const file = composeIndexFile(manifest, '{"x":1}\n{"y":2}');
    expect(parseIndexFile(file, 'minisearch')).toEqual({
      ok: true,
      index: { manifest, engineText: '{"x":1}\n{"y":2}' },
    });
  });

  it('tells a corrupt file from one of another format or engine', () => {
    const other = (changes: object) => composeIndexFile({ ...manifest, ...changes }, '{}');
    expect(parseIndexFile('', 'minisearch')).toEqual({ ok: false, reason: 'corrupt' });
    expect(parseIndexFile('{"format":\n{}', 'minisearch')).toEqual({ ok: false, reason: 'corrupt' });
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
