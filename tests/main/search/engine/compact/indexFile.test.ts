import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../../../src/main/search/SearchEngine';
import { CompactIndexEngine } from '../../../../../src/main/search/engine/compact/CompactIndexEngine';
import { compactIndex, emptyIndexParts } from '../../../../../src/main/search/engine/compact/compactIndex';
import type { IndexParts } from '../../../../../src/main/search/engine/compact/compactIndex';
import {
  CorruptIndexError,
  decodeIndex,
  encodeIndex,
} from '../../../../../src/main/search/engine/compact/indexFile';
import { aliveIds, indexStory, livePostings } from './indexParts';

const HEADER_BYTES = 32;
const Field = { stories: 2, terms: 3, entries: 4, idsLength: 5, termsLength: 6, checksum: 7 } as const;

function story(id: string, headline: string, body: string): SearchDocument {
  return { id, headline, body, bylines: '', dateline: '', keywords: '', speakers: '' };
}

/** A small library's file: a replaced story, a removed one, a story with no words and non-Latin words. */
function libraryFile(): Uint8Array {
  const engine = new CompactIndexEngine(emptyIndexParts());
  engine.add(story('ferry', 'Ferry strike', 'Crews walked out at the port.'));
  engine.add(story('budget', 'Budget vote', 'The minister said the budget passes.'));
  engine.add(story('ferry', 'Ferry strike ends', 'Crews return to the port.'));
  engine.add(story('gone', 'Removed', 'Nobody reads this.'));
  engine.remove('gone');
  engine.add(story('blank', '', ''));
  engine.add(story('kyiv', 'Київ', 'Зима у Києві'));
  return engine.serialize();
}

function withField(bytes: Uint8Array, field: number, change: (value: number) => number): Uint8Array {
  const altered = bytes.slice();
  const view = new DataView(altered.buffer);
  view.setUint32(field * 4, change(view.getUint32(field * 4, true)), true);
  return altered;
}

function expectCorrupt(bytes: Uint8Array, reason?: RegExp): void {
  expect(() => decodeIndex(bytes)).toThrow(CorruptIndexError);
  if (reason) expect(() => decodeIndex(bytes)).toThrow(reason);
}

const arrays = (parts: IndexParts) => ({
  ids: aliveIds(parts),
  lengths: Array.from(parts.documents.lengths.subarray(0, parts.documents.issued)),
  terms: Array.from({ length: parts.dictionary.size }, (_, id) => parts.dictionary.termOf(id)),
  starts: Array.from(parts.postings.starts),
  entries: Array.from(parts.postings.entries),
});

describe('encodeIndex and decodeIndex', () => {
  it('read back the parts they wrote, and write the same bytes again', () => {
    const file = libraryFile();
    const parts = decodeIndex(file);
    expect(aliveIds(parts)).toEqual(['budget', 'ferry', 'blank', 'kyiv']);
    expect(parts.documents.issued).toBe(4);
    expect(parts.dictionary.idOf('зима')).toBeDefined();
    expect(livePostings(parts)).toContain('ferry ferry 1 headline');
    expect(encodeIndex(parts)).toEqual(file);
  });

  it('round-trip any compacted parts', () => {
    const word = fc.constantFrom('oil', 'oak', 'sea', 'see', 'зима', 'a', 'ant');
    const words = fc.array(word, { maxLength: 5 });
    const stories = fc.array(
      fc.record({ id: fc.integer({ min: 0, max: 8 }), headline: words, body: words }),
      {
        maxLength: 15,
      },
    );
    fc.assert(
      fc.property(stories, fc.array(fc.integer({ min: 0, max: 8 })), (added, removed) => {
        const parts = emptyIndexParts();
        for (const { id, headline, body } of added) indexStory(parts, { id: `s${id}`, headline, body });
        for (const id of removed) parts.documents.kill(`s${id}`);
        const compacted = compactIndex(parts);
        const decoded = decodeIndex(encodeIndex(compacted));
        expect(arrays(decoded)).toEqual(arrays(compacted));
        expect(livePostings(decoded)).toEqual(livePostings(parts));
      }),
    );
  });

  it('round-trip an empty index', () => {
    const decoded = decodeIndex(encodeIndex(compactIndex(emptyIndexParts())));
    expect(decoded.documents.issued).toBe(0);
    expect(decoded.dictionary.size).toBe(0);
    expect(decoded.postings.compactedCount).toBe(0);
  });

  it('read the file wherever its bytes sit in a buffer', () => {
    const file = libraryFile();
    const expected = arrays(decodeIndex(file));
    for (const offset of [1, 2, 3, 4, 5, 6, 7]) {
      const buffer = new Uint8Array(file.length + offset + 3).fill(0xee);
      buffer.set(file, offset);
      const decoded = decodeIndex(buffer.subarray(offset, offset + file.length));
      expect(arrays(decoded)).toEqual(expected);
      expect(livePostings(decoded)).toEqual(livePostings(decodeIndex(file)));
    }
  });

  it('refuse to write postings not yet compacted', () => {
    const parts = emptyIndexParts();
    indexStory(parts, { id: 'a', headline: ['oil'], body: [] });
    expect(() => encodeIndex(parts)).toThrow(/compacted/);
  });

  it('refuse to write a story id holding a line break', () => {
    const parts = emptyIndexParts();
    indexStory(parts, { id: 'two\nlines', headline: ['oil'], body: [] });
    expect(() => encodeIndex(compactIndex(parts))).toThrow(/line break/);
  });
});

describe('decodeIndex on a damaged file', () => {
  const file = libraryFile();

  it('refuses a file shorter than its header', () => {
    expectCorrupt(new Uint8Array(0), /too short/);
    expectCorrupt(file.subarray(0, HEADER_BYTES - 1), /too short/);
  });

  it('refuses another format or another version of it', () => {
    expectCorrupt(
      withField(file, 0, (magic) => magic + 1),
      /not a Copydesk search index/,
    );
    expectCorrupt(
      withField(file, 1, (version) => version + 1),
      /format 3 is not 2/,
    );
  });

  it('refuses a file cut short or run on', () => {
    expectCorrupt(file.subarray(0, file.length - 1), /length/);
    const longer = new Uint8Array(file.length + 4);
    longer.set(file);
    expectCorrupt(longer, /length/);
  });

  it('refuses any byte flipped anywhere', () => {
    for (let at = 0; at < file.length; at++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const damaged = file.slice();
        damaged[at]! ^= flip;
        expectCorrupt(damaged);
      }
    }
  });

  it('refuses a header whose counts were altered', () => {
    for (const field of Object.values(Field)) {
      for (const change of [1, -1]) expectCorrupt(withField(file, field, (value) => value + change));
    }
  });

  it('refuses a header whose counts were traded so that the length still matches', () => {
    const trades: [number, number][] = [
      [Field.stories, Field.entries],
      [Field.terms, Field.entries],
      [Field.stories, Field.terms],
    ];
    for (const [grown, shrunk] of trades) {
      for (const change of [1, -1]) {
        const altered = withField(
          withField(file, grown, (value) => value + change),
          shrunk,
          (value) => value - change,
        );
        expectCorrupt(altered);
      }
    }
  });

  // Counts that still add up to the file's length can move the boundary between ids and words: the checksum
  // must cover the header too.
  it('refuses a header that moves the boundary between story ids and words', () => {
    const engine = new CompactIndexEngine(emptyIndexParts());
    engine.add(story('x', 'ant', 'oil'));
    const small = engine.serialize();
    for (const change of [1, -1]) {
      const altered = withField(
        withField(small, Field.idsLength, (value) => value + change),
        Field.termsLength,
        (value) => value - change,
      );
      expectCorrupt(altered);
    }
  });
});
