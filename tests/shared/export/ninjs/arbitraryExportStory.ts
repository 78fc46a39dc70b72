import fc from 'fast-check';
import { formatCredit } from '@shared/editor/attribution/formatCredit';
import { formatQuoteAttribution } from '@shared/editor/attribution/formatQuoteAttribution';
import { formatDateline } from '@shared/editor/dateline/formatDateline';
import type { ExportBlock, ExportStory, Inline } from '@shared/export/model/exportStory';
import { STORY_STATUSES } from '@shared/story/story';

// Any code point, plus what is most likely to break a document: lone surrogates, quotes, backslashes,
// markup, NUL, the JavaScript line separators, a BOM and non-characters.
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '"',
      '\\',
      '/',
      '<',
      '>',
      '&',
      "'",
      '\u0000',
      '\n',
      '\u2028',
      '\u2029',
      '\uFEFF',
      '\uFFFF',
    ),
  },
);

export const anyText = fc.string({ unit, maxLength: 24 });

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
      href: fc.constantFrom(null, 'https://example.org/a?b=1&c="x"'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'break' as const }) },
);
const inlines = fc.array(inline, { maxLength: 4 });

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

const paragraph = inlines.map((content): ExportBlock => ({ kind: 'paragraph', inlines: content }));

const block: fc.Arbitrary<ExportBlock> = fc.oneof(
  paragraph,
  fc
    .record({ level: fc.constantFrom(2 as const, 3 as const), inlines })
    .map(({ level, inlines: content }): ExportBlock => ({ kind: 'heading', level, inlines: content })),
  fc
    .record({
      ordered: fc.boolean(),
      items: fc.array(fc.array(paragraph, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
    })
    .map(({ ordered, items }): ExportBlock => ({ kind: 'list', ordered, start: 1, items })),
  quote,
  credit,
  fc.constant<ExportBlock>({ kind: 'rule' }),
);

const dateline = fc.option(
  fc
    .record({ city: anyText, region: anyText, date: fc.constantFrom('', '2026-11-24'), source: anyText })
    .filter((fields) => fields.city.trim() !== '')
    .map((fields) => ({ ...fields, line: formatDateline(fields) })),
);

/** A story whose every text field holds any Unicode, with fixed id and times (they are checked upstream). */
export const arbitraryExportStory: fc.Arbitrary<ExportStory> = fc.record({
  id: fc.constant('6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f'),
  slug: fc.constantFrom('', 'a-slug'),
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
  blocks: fc.array(block, { maxLength: 6 }),
});
