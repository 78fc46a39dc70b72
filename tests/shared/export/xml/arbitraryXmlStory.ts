import fc from 'fast-check';
import { formatCredit } from '@shared/editor/attribution/formatCredit';
import { formatQuoteAttribution } from '@shared/editor/attribution/formatQuoteAttribution';
import { formatDateline } from '@shared/editor/dateline/formatDateline';
import type { ExportBlock, ExportStory, Inline } from '@shared/export/model/exportStory';
import { STORY_STATUSES } from '@shared/story/story';

// Any code point, and more often what is likeliest to break XML: what XML 1.0 forbids (C0 controls, lone
// surrogates, U+FFFE/U+FFFF), markup and quotes, tabs and line breaks (which NewsML-G2's strings refuse),
// a carriage return, "]]>", a BOM and the JavaScript line separators.
const unit = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('<', '>', '&', '"', "'", ']]>', '&amp;', '\t', '\n', '\r', '\uFEFF', '\uFFFE'),
  },
  { weight: 1, arbitrary: fc.constantFrom('\uFFFF', '\u2028', '\u0085', ' ', 'é', 'Ж', 'Ω', '😀') },
);

export const anyText = fc.string({ unit, maxLength: 20 });

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
      href: fc.constantFrom(null, 'https://example.org/a?b=1&c="x"', 'javascript:alert(1)', 'mailto:a@b.c'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'break' as const }) },
);
const inlines = fc.array(inline, { maxLength: 4 });

const quote = fc
  .record({
    display: fc.constantFrom('blockquote' as const, 'pullquote' as const),
    paragraphs: fc.array(inlines, { maxLength: 2 }),
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

function listOf(item: fc.Arbitrary<ExportBlock>): fc.Arbitrary<ExportBlock> {
  return fc.record({
    kind: fc.constant('list' as const),
    ordered: fc.boolean(),
    start: fc.integer({ min: -3, max: 20 }),
    items: fc.array(fc.array(item, { maxLength: 2 }), { minLength: 1, maxLength: 3 }),
  });
}

// Items of paragraphs and of lists of paragraphs: one level of nesting, as the editor makes.
const list = listOf(
  fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: listOf(paragraph) }),
);

const block: fc.Arbitrary<ExportBlock> = fc.oneof(
  paragraph,
  fc
    .record({ level: fc.constantFrom(2 as const, 3 as const), inlines })
    .map(({ level, inlines: content }): ExportBlock => ({ kind: 'heading', level, inlines: content })),
  list,
  quote,
  credit,
  fc.constant<ExportBlock>({ kind: 'rule' }),
);

const dateline = fc.option(
  fc
    .record({
      city: anyText,
      region: fc.oneof(anyText, fc.constantFrom('Calif.', 'Ontario', 'Ukraine', 'Georgia')),
      date: fc.constantFrom('', '2026-11-24', '2026-02-30', 'soon'),
      source: anyText,
    })
    .map((fields) => ({ ...fields, line: formatDateline(fields) })),
);

/**
 * A story whose every text field holds any Unicode, untrimmed, as a hand-made ExportStory may; ids,
 * times, priority and language are valid ones (their checks are tested on their own).
 */
export const arbitraryXmlStory: fc.Arbitrary<ExportStory> = fc.record({
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
  embargo: fc.constantFrom(null, '2026-11-25T06:00:00.000Z', '2026-11-25T08:00:00+02:00'),
  createdAt: fc.constant('2026-11-24T08:15:00.000Z'),
  updatedAt: fc.constantFrom('2026-11-24T09:40:30.000+02:00', '2026-11-24T09:40:30.250Z'),
  revision: fc.integer({ min: 1, max: 10_000 }),
  wordCount: fc.nat({ max: 100_000 }),
  dateline,
  blocks: fc.array(block, { maxLength: 6 }),
});
