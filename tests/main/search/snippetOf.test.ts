import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchedWords, SNIPPET_LENGTH, snippetOf } from '../../../src/main/search/snippetOf';

const ELLIPSIS = '…';
const filler = (words: number, word = 'lorem') => Array.from({ length: words }, () => word).join(' ');

/** True when `snippet` is a stretch of `text`, with an ellipsis added at either end or none. */
function isStretchOf(snippet: string, text: string): boolean {
  const candidates = [snippet];
  if (snippet.startsWith(ELLIPSIS)) candidates.push(snippet.slice(1));
  if (snippet.endsWith(ELLIPSIS)) candidates.push(...candidates.map((candidate) => candidate.slice(0, -1)));
  return candidates.some((candidate) => text.includes(candidate));
}

describe('snippetOf', () => {
  it('shows a short text whole', () => {
    expect(snippetOf('Talks resume in Istanbul.', ['istanbul'])).toEqual({
      snippet: 'Talks resume in Istanbul.',
      highlights: ['Istanbul'],
    });
  });

  it('cuts a long text around the first match, between words, with ellipses', () => {
    const text = `${filler(100)} The Kremlin said Peskov spoke. ${filler(100)}`;
    const { snippet, highlights } = snippetOf(text, ['peskov']);

    expect(snippet.startsWith(`${ELLIPSIS}lorem`)).toBe(true);
    expect(snippet.endsWith(`lorem${ELLIPSIS}`)).toBe(true);
    expect(snippet).toContain('The Kremlin said Peskov spoke.');
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(snippet.length).toBeGreaterThan(SNIPPET_LENGTH - 10);
    expect(highlights).toEqual(['Peskov']);
  });

  it('starts at the beginning when the match is early, and fills up from before a late match', () => {
    const early = snippetOf(`Peskov spoke. ${filler(100)}`, ['peskov']).snippet;
    expect(early.startsWith('Peskov spoke.')).toBe(true);
    expect(early.endsWith(ELLIPSIS)).toBe(true);

    const late = snippetOf(`${filler(100)} Peskov spoke.`, ['peskov']).snippet;
    expect(late.endsWith('Peskov spoke.')).toBe(true);
    expect(late.length).toBeGreaterThan(SNIPPET_LENGTH - 10);
  });

  it('matches case and accents loosely and returns the words as written', () => {
    expect(snippetOf('ZÜRICH and Zürich, then zurich again.', ['zurich']).highlights).toEqual([
      'ZÜRICH',
      'Zürich',
      'zurich',
    ]);
  });

  it('treats a term no word equals as a prefix typed so far', () => {
    expect(snippetOf('Shelling in Kherson and Kharkiv.', ['kher']).highlights).toEqual(['Kherson']);
    expect(snippetOf('Peace and peaceful talks.', ['peace']).highlights).toEqual(['Peace']);
  });

  it('shows the beginning when nothing matches', () => {
    const { snippet, highlights } = snippetOf(`Opening words. ${filler(100)}`, ['absent']);
    expect(snippet.startsWith('Opening words.')).toBe(true);
    expect(highlights).toEqual([]);
    expect(snippetOf('', ['x'])).toEqual({ snippet: '', highlights: [] });
  });

  it('splits words as the index does, so a possessive still highlights the name', () => {
    expect(matchedWords('Zelensky’s proposal, as Zelensky said.', ['zelensky'])).toEqual(['Zelensky']);
  });

  it('is always a stretch of the text, never longer than asked, highlighting only its own words', () => {
    const word = fc.stringMatching(/^[a-zA-ZÀ-ÿ0-9]{1,12}$/);
    const separator = fc.constantFrom(' ', ', ', '. ', '\n', ' — ', '’');
    const text = fc
      .array(fc.tuple(word, separator), { maxLength: 120 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.array(word, { maxLength: 3 }), (body, terms) => {
        const { snippet, highlights } = snippetOf(body, terms);
        expect(isStretchOf(snippet, body)).toBe(true);
        expect(snippet.length).toBeLessThanOrEqual(Math.max(SNIPPET_LENGTH + 2, 14));
        for (const highlight of highlights) expect(snippet).toContain(highlight);
      }),
    );
  });

  it('is a stretch of any text at all', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 600 }),
        fc.array(fc.string(), { maxLength: 3 }),
        (body, terms) => {
          expect(isStretchOf(snippetOf(body, terms).snippet, body)).toBe(true);
        },
      ),
    );
  });
});
