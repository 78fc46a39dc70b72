/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.txt`, `golden/every-block.txt`, and the same
 * wrapped at 69 columns, `golden/sample.wrapped-69.txt`, `golden/every-block.wrapped-69.txt`):
 * - Headline, subheadline (every-block only) and byline on their own lines, then a blank line.
 * - The lede opens with the AP dateline ("ISTANBUL, Turkey — Ukraine and Russia…"); paragraphs, subheads
 *   and lists ("- ", "1. ") are parted by blank lines; marks are gone, text and links' words stay.
 * - Quotes in quotation marks as wire copy sets them: each paragraph opens with “, only the last closes
 *   with ”, and the attribution line ("— Volodymyr Zelensky, Ukrainian President, …") follows at once.
 * - The Greek hard break is a line break; `& <tags> "text"` and the Cyrillic stay as typed.
 * - "* * *" for the rule; the credits gathered at the end: "(Reporting by Olena Kovalenko in Kherson;
 *   Editing by Sam Editor, Copydesk News)".
 * - Wrapped: no line over 69 columns, breaks only at spaces, "(AP) —" never leaves its dash to open a
 *   line, list lines hang under their text. No editor's or desk note anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFormat, wireText } from '@shared/export/formats/text';
import type { ExportStory } from '@shared/export/model/exportStory';
import { bylineText } from '@shared/export/model/bylineParts';
import { toExportStory } from '@shared/export/model/toExportStory';
import { columns } from '@shared/export/text/columns';
import { singleLine } from '@shared/export/text/plainLines';
import { plainRun } from '@shared/export/text/plainRun';
import { fixedShapeStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { noResources } from '../support/noResources';
import { everyBlockStory, sampleStory } from '../support/stories';

const unwrapped = { textWidth: null };
const wire = { textWidth: 69 };

const chunksOf = (text: string) => text.trimEnd().split('\n\n');
// Words as wire copy breaks them: at spaces and line ends, never at no-break spaces or a BOM.
const wordsOf = (text: string) =>
  text.split(/[ \n\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+/).filter(Boolean);

// A line may run over only when it holds one word, after its list marker and with a dash the word keeps.
function expectWrapped(text: string, width: number) {
  for (const line of text.split('\n')) {
    const words = wordsOf(line.replace(/^ *(?:-|\d+\.) /, '')).filter((word) => !/^[—–]$/.test(word));
    if (columns(line) > width) expect(words, `"${line}" is too long`).toHaveLength(1);
    expect(line).not.toMatch(/ $/);
  }
}

describe('Plain text (wire copy)', () => {
  it('matches the reviewed golden files, on one line per paragraph and wrapped at 69 columns', () => {
    expectGolden('sample.txt', wireText(toExportStory(sampleStory()), unwrapped));
    expectGolden('every-block.txt', wireText(toExportStory(everyBlockStory()), unwrapped));
    expectGolden('sample.wrapped-69.txt', wireText(toExportStory(sampleStory()), wire));
    expectGolden('every-block.wrapped-69.txt', wireText(toExportStory(everyBlockStory()), wire));
  });

  it('opens with headline and byline, then a blank line and the lede led by the dateline', () => {
    const lines = wireText(toExportStory(sampleStory()), unwrapped).split('\n');

    expect(lines.slice(0, 3)).toEqual([
      'Ukraine, Russia Discuss Peace Talks Amid Continuing Violence',
      'By Jane Doe, Staff Correspondent, Copydesk News',
      '',
    ]);
    expect(lines[3]).toMatch(/^ISTANBUL, Turkey — Ukraine and Russia held peace negotiations on Wednesday/);
  });

  it('sets quotes in quotation marks with the attribution after, and gathers credits at the end', () => {
    const chunks = chunksOf(wireText(toExportStory(everyBlockStory()), unwrapped));

    expect(chunks).toContain('“We must put an end to this war.');
    expect(chunks).toContain(
      '“It starts with a meeting.”\n— Volodymyr Zelensky, Ukrainian President, at a press conference',
    );
    expect(chunks).toContain('- A prisoner exchange\n- Talks on children');
    expect(chunks).toContain('1. First, a ceasefire\n2. Then, a summit');
    expect(chunks).toContain('Ο υπουργός είπε\n«Ειρήνη τώρα», & <tags> stay "text"');
    expect(chunks.at(-1)).toBe(
      '(Reporting by Olena Kovalenko in Kherson; Editing by Sam Editor, Copydesk News)',
    );
  });

  it('leaves each paragraph on one line without a width', () => {
    const story = toExportStory(sampleStory());
    const paragraphs = story.blocks.filter((block) => block.kind === 'paragraph').length;
    const chunks = chunksOf(wireText(story, unwrapped));

    expect(chunks.filter((chunk) => !chunk.includes('\n'))).toHaveLength(paragraphs);
  });

  it('hard-wraps every line at the width, without splitting or losing a word', () => {
    for (const story of [sampleStory(), everyBlockStory()].map(toExportStory)) {
      for (const width of [20, 40, 69]) {
        const wrapped = wireText(story, { textWidth: width });

        expectWrapped(wrapped, width);
        expect(wordsOf(wrapped)).toEqual(wordsOf(wireText(story, unwrapped)));
        expect(chunksOf(wrapped)).toHaveLength(chunksOf(wireText(story, unwrapped)).length);
      }
    }
  });

  it('puts a word longer than the width on a line of its own, and indents list lines under their text', () => {
    const story: ExportStory = {
      ...toExportStory(sampleStory()),
      headline: '',
      bylines: [],
      dateline: null,
      blocks: [
        { kind: 'paragraph', inlines: [plainRun('See https://example.org/a/very/long/address for more')] },
        {
          kind: 'list',
          ordered: true,
          start: 9,
          items: [[{ kind: 'paragraph', inlines: [plainRun('one two three four')] }]],
        },
      ],
    };

    expect(wireText(story, { textWidth: 12 })).toBe(
      'See\nhttps://example.org/a/very/long/address\nfor more\n\n9. one two\n   three\n   four\n',
    );
  });

  it('indents a nested list under its item’s text, and an item’s second paragraph too', () => {
    const paragraph = (text: string) => ({ kind: 'paragraph' as const, inlines: [plainRun(text)] });
    const story: ExportStory = {
      ...toExportStory(sampleStory()),
      headline: '',
      bylines: [],
      dateline: null,
      blocks: [
        {
          kind: 'list',
          ordered: false,
          start: 1,
          items: [
            [
              paragraph('one'),
              { kind: 'list', ordered: true, start: 1, items: [[paragraph('a'), paragraph('more')]] },
            ],
            [{ kind: 'list', ordered: false, start: 1, items: [[paragraph('b')]] }],
          ],
        },
      ],
    };

    expect(wireText(story, unwrapped)).toBe('- one\n  1. a\n     more\n-\n  - b\n');
  });

  it('keeps a field on its line and a paragraph in its chunk whatever line breaks they hold', () => {
    const story: ExportStory = {
      ...toExportStory(sampleStory()),
      headline: 'Two\n\nlines',
      blocks: [
        {
          kind: 'paragraph',
          inlines: [plainRun('one\r\n\r\n  two  '), { kind: 'break' }, { kind: 'break' }],
        },
      ],
    };

    expect(wireText(story, unwrapped)).toBe(
      'Two lines\nBy Jane Doe, Staff Correspondent, Copydesk News\n\nISTANBUL, Turkey — one\ntwo\n',
    );
  });

  it('never carries an editor’s note or the desk notes', () => {
    const text = wireText(toExportStory(everyBlockStory()), wire);

    expect(text).not.toContain('EDITOR NOTE');
    expect(text).not.toContain('DESK NOTE');
  });

  it('refuses a width that is not a whole number of columns', () => {
    const story = toExportStory(sampleStory());

    expect(() => wireText(story, { textWidth: 0 })).toThrow(/whole number of columns/);
    expect(() => wireText(story, { textWidth: 6.5 })).toThrow(RangeError);
  });

  it('is the format the registry offers: UTF-8 text, wrapped as asked, named .txt', async () => {
    const story = toExportStory(sampleStory());
    const bytes = await textFormat.export(story, noResources, wire);

    expect(textFormat).toMatchObject({
      id: 'text',
      fileSuffix: '.txt',
      mediaType: 'text/plain; charset=utf-8',
      isText: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe(wireText(story, wire));
  });

  it('keeps its shape for any Unicode in any field: same chunks, every word in place, no control character', () => {
    const reference = chunksOf(wireText(fc.sample(fixedShapeStory, { numRuns: 1, seed: 1 })[0]!, unwrapped));

    fc.assert(
      fc.property(fixedShapeStory, fc.constantFrom(null, 20, 69), (story, textWidth) => {
        const text = wireText(story, { textWidth });
        const chunks = chunksOf(text);
        const title = [story.headline, story.subheadline, bylineText(story.bylines)].map(singleLine);
        const credit = story.blocks.find((block) => block.kind === 'credit')!;

        expect(chunks).toHaveLength(reference.length);
        expect(text).not.toMatch(/(?!\n)\p{Cc}|[\u2028\u2029]|\n\n\n/u);
        expect(wordsOf(chunks[0]!)).toEqual(wordsOf(title.join(' ')));
        expect(wordsOf(chunks[1]!).slice(0, wordsOf(singleLine(story.dateline!.line)).length)).toEqual(
          wordsOf(singleLine(story.dateline!.line)),
        );
        expect(wordsOf(chunks.at(-1)!)).toEqual(wordsOf(`(${singleLine(credit.credit.line)})`));
        if (textWidth !== null) expectWrapped(text, textWidth);
      }),
      { numRuns: 200 },
    );
  });
});
