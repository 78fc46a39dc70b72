import fc from 'fast-check';
import { formatCredit } from '@shared/editor/attribution/formatCredit';
import { formatQuoteAttribution } from '@shared/editor/attribution/formatQuoteAttribution';
import { formatDateline } from '@shared/editor/dateline/formatDateline';
import type { ExportBlock, ExportStory, Inline } from '@shared/export/model/exportStory';
import { STORY_STATUSES } from '@shared/story/story';

// Any code point, and more often what breaks a Word or PDF document: what XML 1.0 forbids (C0 controls,
// lone surrogates, U+FFFE/U+FFFF), markup, every line break and space, combining marks, astral characters,
// Greek and Cyrillic, and words far wider than a line.
const unit = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      ']]>',
      '&amp;',
      '(',
      ')',
      '\\',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\u000b',
      '\u000c',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\uFEFF',
      '\uFFFE',
      '\uFFFF',
      '\u0301',
      '😀',
      'Ειρήνη',
      'Нет',
      'W'.repeat(90),
    ),
  },
);

export const anyText = fc.string({ unit, maxLength: 16 });

const inline: fc.Arbitrary<Inline> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      text: anyText,
      bold: fc.boolean(),
      italic: fc.boolean(),
      underline: fc.boolean(),
      strike: fc.boolean(),
      href: fc.constantFrom(
        null,
        null,
        'https://example.org/a?b=1&c="x"#part',
        'https://example.org/(paren) space<>',
        'mailto:desk@example.org',
        'javascript:alert(1)',
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'break' as const }) },
);
const inlines = fc.array(inline, { maxLength: 4 });
const paragraph = inlines.map((content): ExportBlock => ({ kind: 'paragraph', inlines: content }));

const list: fc.Arbitrary<ExportBlock> = fc.letrec((tie) => ({
  list: fc
    .record({
      ordered: fc.boolean(),
      start: fc.integer({ min: 0, max: 40 }),
      items: fc.array(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: paragraph },
            { weight: 1, arbitrary: tie('list') as fc.Arbitrary<ExportBlock> },
          ),
          {
            minLength: 1,
            maxLength: 2,
          },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ ordered, start, items }): ExportBlock => ({ kind: 'list', ordered, start, items })),
})).list as fc.Arbitrary<ExportBlock>;

const quote = fc
  .record({
    display: fc.constantFrom('blockquote' as const, 'pullquote' as const),
    paragraphs: fc.array(inlines, { minLength: 1, maxLength: 2 }),
    speaker: anyText,
    title: anyText,
    organization: anyText,
    context: anyText,
  })
  .map(({ display, paragraphs, ...fields }): ExportBlock => ({
    kind: 'quote',
    display,
    paragraphs,
    attribution: { ...fields, line: formatQuoteAttribution(fields) },
  }));

const credit = fc
  .record({
    kind: fc.constantFrom('reporting', 'additional-reporting', 'editing', 'source', 'photo'),
    names: anyText,
    organization: anyText,
    place: anyText,
  })
  .map((fields): ExportBlock => ({ kind: 'credit', credit: { ...fields, line: formatCredit(fields) } }));

const block: fc.Arbitrary<ExportBlock> = fc.oneof(
  { weight: 3, arbitrary: paragraph },
  {
    weight: 1,
    arbitrary: fc
      .record({ level: fc.constantFrom(2 as const, 3 as const), inlines })
      .map(({ level, inlines: content }): ExportBlock => ({ kind: 'heading', level, inlines: content })),
  },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: credit },
  { weight: 1, arbitrary: fc.constant<ExportBlock>({ kind: 'rule' }) },
);

const dateline = fc.option(
  fc
    .record({ city: anyText, region: anyText, date: fc.constantFrom('', '2026-11-24'), source: anyText })
    .filter((fields) => fields.city.trim() !== '')
    .map((fields) => ({ ...fields, line: formatDateline(fields) })),
);

/** A story whose every text field holds any Unicode, with valid ids and times (checked upstream). */
export const arbitraryStory: fc.Arbitrary<ExportStory> = fc.record({
  id: fc.constant('6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f'),
  slug: fc.constantFrom('', 'a-slug', `a-${'very-long-'.repeat(11)}slug`),
  headline: anyText,
  subheadline: anyText,
  bylines: fc.array(fc.record({ name: anyText, title: anyText, organization: anyText }), { maxLength: 3 }),
  section: anyText,
  keywords: fc.array(anyText, { maxLength: 4 }),
  status: fc.constantFrom(...STORY_STATUSES),
  priority: fc.integer({ min: 1, max: 9 }),
  language: fc.constantFrom('en', 'el', 'uk-UA'),
  embargo: fc.constantFrom(null, '2026-11-25T06:00:00.000Z'),
  createdAt: fc.constant('2026-11-24T08:15:00.000Z'),
  updatedAt: fc.constant('2026-11-24T09:40:30.000+02:00'),
  revision: fc.integer({ min: 1, max: 10_000 }),
  wordCount: fc.nat({ max: 100_000 }),
  dateline,
  blocks: fc.array(block, { maxLength: 8 }),
});
