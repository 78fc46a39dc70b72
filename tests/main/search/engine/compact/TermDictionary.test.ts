import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermDictionary } from '../../../../../src/main/search/engine/compact/TermDictionary';
import { boundedEditDistance } from '../../../../../src/main/search/engine/nearestWord';

// Few letters, so that random words share prefixes and fall within an edit or two of each other; 'é', 'ж' and an
// astral letter check that code-unit order and masks hold beyond a–z.
const letter = fc.constantFrom('a', 'b', 'c', 'd', 'é', 'ж', '😀');
const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((letters) => letters.join(''));
const sortedUnique = (words: readonly string[]) => [...new Set(words)].sort();

/** A dictionary as loading and later adds make it: some words frozen (sorted), others interned in any order. */
const dictionaryWords = fc.record({
  frozen: fc.array(word, { maxLength: 20 }).map(sortedUnique),
  added: fc.array(word, { maxLength: 20 }),
});

function dictionaryOf({ frozen, added }: { frozen: string[]; added: string[] }): TermDictionary {
  const dictionary = new TermDictionary(frozen);
  for (const term of added) dictionary.intern(term);
  return dictionary;
}

const termsOf = (dictionary: TermDictionary, ids: readonly number[]) =>
  ids.map((id) => dictionary.termOf(id));

describe('TermDictionary ids', () => {
  it('gives a frozen word its position and an added word the next free id, once', () => {
    const dictionary = new TermDictionary(['apple', 'banana', 'cherry']);
    expect(dictionary.idOf('banana')).toBe(1);
    expect(dictionary.intern('banana')).toBe(1);
    expect(dictionary.idOf('date')).toBeUndefined();
    expect(dictionary.intern('date')).toBe(3);
    expect(dictionary.intern('aardvark')).toBe(4);
    expect(dictionary.intern('date')).toBe(3);
    expect(dictionary.idOf('aardvark')).toBe(4);
    expect(dictionary.size).toBe(5);
    expect(termsOf(dictionary, [0, 1, 2, 3, 4])).toEqual(['apple', 'banana', 'cherry', 'date', 'aardvark']);
  });

  it('maps every word to one id and back, whether frozen or added', () => {
    fc.assert(
      fc.property(dictionaryWords, (words) => {
        const dictionary = dictionaryOf(words);
        const all = [...new Set([...words.frozen, ...words.added])];
        expect(dictionary.size).toBe(all.length);
        const ids = all.map((term) => dictionary.idOf(term));
        expect(new Set(ids).size).toBe(all.length);
        all.forEach((term, at) => expect(dictionary.termOf(ids[at]!)).toBe(term));
      }),
    );
  });
});

describe('TermDictionary.prefixIds', () => {
  it('finds the word equal to the prefix and its continuations, and nothing past them', () => {
    const dictionary = new TermDictionary(['ca', 'car', 'card', 'cat']);
    dictionary.intern('care');
    dictionary.intern('carp');
    dictionary.intern('cab');
    expect(termsOf(dictionary, dictionary.prefixIds('car')).sort()).toEqual(['car', 'card', 'care', 'carp']);
    expect(dictionary.prefixIds('cart')).toEqual([]);
  });

  it('finds exactly the words starting with the prefix, in whatever order they were added', () => {
    fc.assert(
      fc.property(dictionaryWords, word, fc.boolean(), (words, prefix, reversed) => {
        const added = reversed ? [...words.added].reverse() : words.added;
        const dictionary = dictionaryOf({ frozen: words.frozen, added });
        const ids = dictionary.prefixIds(prefix);
        expect(new Set(ids).size).toBe(ids.length);
        const expected = sortedUnique([...words.frozen, ...words.added]).filter((term) =>
          term.startsWith(prefix),
        );
        expect(termsOf(dictionary, ids).sort()).toEqual(expected);
      }),
    );
  });

  it('sees a word added after a prefix search', () => {
    const dictionary = new TermDictionary(['sea']);
    expect(dictionary.prefixIds('se')).toEqual([0]);
    const added = dictionary.intern('see');
    expect(dictionary.prefixIds('se').sort()).toEqual([0, added]);
  });
});

describe('TermDictionary.fuzzyIds', () => {
  const dictionary = new TermDictionary(['home', 'minister', 'ministry']);
  const found = (typed: string, maxEdits: number) =>
    dictionary
      .fuzzyIds(typed, maxEdits)
      .map(({ id, edits }) => `${dictionary.termOf(id)}:${edits}`)
      .sort();

  it('corrects one substitution, insertion, deletion or swap of neighbours', () => {
    expect(found('hime', 1)).toEqual(['home:1']);
    expect(found('homme', 1)).toEqual(['home:1']);
    expect(found('hme', 1)).toEqual(['home:1']);
    expect(found('hmoe', 1)).toEqual(['home:1']);
    expect(found('ministre', 1)).toEqual(['minister:1', 'ministry:1']);
  });

  it('corrects a swap of the first two letters but not a slip of the first', () => {
    expect(found('ohme', 1)).toEqual(['home:1']);
    expect(found('imnister', 1)).toEqual(['minister:1']);
    expect(found('gome', 1)).toEqual([]);
    expect(found('ninister', 2)).toEqual([]);
  });

  it('finds nothing beyond the edits allowed', () => {
    expect(found('minstre', 1)).toEqual([]);
    expect(found('minstre', 2)).toEqual(['minister:2', 'ministry:2']);
    expect(found('ministers', 2)).toEqual(['minister:1', 'ministry:2']);
    expect(found('home', 0)).toEqual(['home:0']);
  });

  it('finds words added after the first fuzzy search', () => {
    const growing = new TermDictionary(['home']);
    expect(growing.fuzzyIds('hide', 1)).toEqual([]);
    const hide = growing.intern('hide');
    const hive = growing.intern('hive');
    expect(growing.fuzzyIds('hide', 1).sort((a, b) => a.id - b.id)).toEqual([
      { id: hide, edits: 0 },
      { id: hive, edits: 1 },
    ]);
  });

  it('finds exactly the words within the edits that start with its first or second letter', () => {
    const step = fc.oneof(
      fc.record({ intern: word }),
      fc.record({ search: word, maxEdits: fc.integer({ min: 0, max: 2 }) }),
    );
    fc.assert(
      fc.property(dictionaryWords, fc.array(step, { maxLength: 12 }), (words, steps) => {
        const dictionary = dictionaryOf(words);
        const known = new Set([...words.frozen, ...words.added]);
        for (const next of steps) {
          if ('intern' in next) {
            dictionary.intern(next.intern);
            known.add(next.intern);
            continue;
          }
          const { search, maxEdits } = next;
          const expected = [...known]
            .filter((term) => term[0] === search[0] || term[0] === search[1])
            .map((term) => ({ term, edits: boundedEditDistance(search, term, maxEdits) }))
            .filter(({ edits }) => edits <= maxEdits)
            .map(({ term, edits }) => `${term}:${edits}`)
            .sort();
          const actual = dictionary
            .fuzzyIds(search, maxEdits)
            .map(({ id, edits }) => `${dictionary.termOf(id)}:${edits}`);
          expect(actual.sort()).toEqual(expected);
        }
      }),
    );
  });
});

describe('TermDictionary.sortedIds', () => {
  it('lists every id once, in the order of its terms sorted', () => {
    fc.assert(
      fc.property(dictionaryWords, (words) => {
        const dictionary = dictionaryOf(words);
        const ids = dictionary.sortedIds();
        expect([...ids].sort((a, b) => a - b)).toEqual(
          Array.from({ length: dictionary.size }, (_, id) => id),
        );
        expect(termsOf(dictionary, ids)).toEqual(sortedUnique([...words.frozen, ...words.added]));
      }),
    );
  });
});
