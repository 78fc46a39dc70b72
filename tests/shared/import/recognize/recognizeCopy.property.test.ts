import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, parseDateline, recognizeCopy } from '@shared/import/recognize/recognizeCopy';
import type { RecognizedCopy } from '@shared/import/recognize/recognizeCopy';

// Pieces of real copy, so random lines reach the dateline, byline, quote and boilerplate paths, not only noise.
const piece = fc.constantFrom(
  'ISTANBUL, Turkey —',
  'WASHINGTON, Feb 26 -',
  'ROCHESTER, N.Y. (Reuters) -',
  'KYIV',
  '—',
  '--',
  '-',
  'By',
  'by Jane Doe, Reuters',
  'and',
  'World',
  'Home ›',
  'Published',
  'on',
  'Advertisement',
  'Connect with us',
  'Kremlin spokesperson Dmitri Peskov',
  'Ukrainian President',
  'Volodymyr Zelensky',
  'Miller,',
  "BankAmerica's vice president",
  'noted,',
  'said',
  'he',
  'she',
  'according to',
  'told reporters',
  'during a press conference',
  '“',
  '”',
  '"',
  '‘',
  '’',
  '«',
  '»',
  ',',
  '.',
  ':',
  '?',
  'Mr.',
  'U.S.',
  'Jr.',
  '(AP)',
  'Feb 30',
  '2026',
  'the',
  'We must end this war',
  'Путин',
  'Ελλάδα',
  ' ',
  '\t',
  '\n',
  '\u00a0',
);
const newsyLine = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(' '));
const anyLine = fc.oneof(
  { weight: 3, arbitrary: newsyLine },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);
const copyLines = fc.array(anyLine, { maxLength: 20 });

function counts(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const character of text.replace(/\s/gu, '')) found.set(character, (found.get(character) ?? 0) + 1);
  return found;
}

function everyTextOf(copy: RecognizedCopy): string {
  return [
    copy.headline,
    copy.subheadline,
    copy.section,
    ...copy.bylines.map((byline) => byline.text),
    copy.dateline?.text ?? '',
    ...copy.paragraphs,
    ...copy.dropped.map((line) => line.text),
  ].join('\n');
}

describe('recognizeCopy, whatever the copy', () => {
  it('never throws and never loses a character other than white space', () => {
    fc.assert(
      fc.property(
        copyLines,
        fc.option(fc.constant('2026-02-27'), { nil: undefined }),
        (lines, referenceDate) => {
          const copy = recognizeCopy(lines, { referenceDate });
          const kept = counts(everyTextOf(copy));
          for (const [character, count] of counts(lines.join('\n'))) {
            expect(
              kept.get(character) ?? 0,
              `«${character}» of ${JSON.stringify(lines)}`,
            ).toBeGreaterThanOrEqual(count);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('points every quote at a paragraph that holds its words', () => {
    fc.assert(
      fc.property(copyLines, (lines) => {
        const copy = recognizeCopy(lines);
        for (const quote of copy.quotes) {
          expect(copy.paragraphs[quote.paragraph]).toBeDefined();
          expect(quote.text.trim()).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDateline, whatever the paragraph', () => {
  it('returns null or a rest that is a suffix of the paragraph', () => {
    fc.assert(
      fc.property(fc.oneof(newsyLine, fc.string({ unit: 'binary', maxLength: 80 })), (paragraph) => {
        const parsed = parseDateline(paragraph, '2026-02-27');
        if (parsed === null) return;
        expect(paragraph.endsWith(parsed.rest)).toBe(true);
        expect(paragraph.trimStart().startsWith(parsed.dateline.text)).toBe(true);
        expect(parsed.dateline.city).toMatch(/^\p{Lu}/u);
      }),
      { numRuns: 500 },
    );
  });
});

describe('findQuotes, whatever the paragraphs', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(newsyLine, fc.string({ maxLength: 80 })), { maxLength: 8 }),
        (paragraphs) => {
          expect(Array.isArray(findQuotes(paragraphs))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
