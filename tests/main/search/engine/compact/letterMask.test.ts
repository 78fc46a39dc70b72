import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterMask, mayBeWithin } from '../../../../../src/main/search/engine/compact/letterMask';
import { boundedEditDistance } from '../../../../../src/main/search/engine/nearestWord';

// Beyond a–z, digits and other scripts share the six high bits; '5' lands on the sign bit.
const letter = fc.constantFrom(...'abcdexyz05789éжї');
const word = fc.array(letter, { maxLength: 10 }).map((letters) => letters.join(''));

type Edit =
  | { kind: 'insert'; at: number; letter: string }
  | { kind: 'delete'; at: number }
  | { kind: 'substitute'; at: number; letter: string }
  | { kind: 'swap'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), letter }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('substitute' as const), at: fc.nat(), letter }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
);

function applied(text: string, step: Edit): string {
  if (step.kind === 'insert') {
    const at = step.at % (text.length + 1);
    return text.slice(0, at) + step.letter + text.slice(at);
  }
  if (text.length === 0) return text;
  const at = step.at % text.length;
  if (step.kind === 'delete') return text.slice(0, at) + text.slice(at + 1);
  if (step.kind === 'substitute') return text.slice(0, at) + step.letter + text.slice(at + 1);
  if (at === text.length - 1) return text;
  return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
}

describe('letterMask', () => {
  it('sets one bit per distinct letter', () => {
    expect(letterMask('')).toBe(0);
    expect(letterMask('a')).toBe(1);
    expect(letterMask('abba')).toBe(0b11);
    expect(letterMask('z')).toBe(2 ** 25);
    expect(letterMask('5')).toBe(2 ** 31);
  });
});

describe('mayBeWithin', () => {
  it('rules out words with more letters apart than the edits allowed', () => {
    expect(mayBeWithin(letterMask('abc'), letterMask('xyz'), 2)).toBe(false);
    expect(mayBeWithin(letterMask('abc'), letterMask('abxy'), 1)).toBe(false);
    expect(mayBeWithin(letterMask('abc'), letterMask('abxy'), 2)).toBe(true);
    expect(mayBeWithin(letterMask('5a'), letterMask('a'), 0)).toBe(false);
  });

  it('never rules out a word up to two edits away, however the edits were made', () => {
    fc.assert(
      fc.property(word, fc.array(edit, { maxLength: 2 }), (original, edits) => {
        const edited = edits.reduce(applied, original);
        // The oracle counts an edit made inside a swapped pair twice, so the edits made bound it too.
        const distance = Math.min(boundedEditDistance(original, edited, 2), edits.length);
        for (let maxEdits = distance; maxEdits <= 2; maxEdits++) {
          expect(mayBeWithin(letterMask(original), letterMask(edited), maxEdits)).toBe(true);
          expect(mayBeWithin(letterMask(edited), letterMask(original), maxEdits)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never rules out any two words within the edits, edited or not', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 2 }), (a, b, maxEdits) => {
        if (boundedEditDistance(a, b, maxEdits) > maxEdits) return;
        expect(mayBeWithin(letterMask(a), letterMask(b), maxEdits)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
