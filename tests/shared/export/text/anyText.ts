import fc from 'fast-check';
import { formatCredit } from '@shared/editor/attribution/formatCredit';
import { formatQuoteAttribution } from '@shared/editor/attribution/formatQuoteAttribution';
import { formatDateline } from '@shared/editor/dateline/formatDateline';
import type { ExportBlock, ExportStory, Inline, TextRun } from '@shared/export/model/exportStory';
import { plainRun } from '@shared/export/text/plainRun';

export { plainRun };

// Any code point, weighted towards what breaks documents: markup and Markdown syntax, entities, digits that
// could start a list, every kind of whitespace and line break, controls, lone surrogates and non-characters.
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'Ж', 'λ', '7', '1', '0') },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      ...'*_~`[]()!<>&#;:\\|-+=."\'/{}^$%@?,'.split(''),
      '&amp;',
      '&#42;',
      '&copy;',
      '</script>',
      '<!--',
      '1.',
      '2)',
      '---',
      '***',
      '```',
      '    ',
      '  ',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u000b',
      '\u000c',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\u200b',
      '\u0000',
      '\u001b',
      '\u0085',
      '\ufffe',
      '\uffff',
      '\ud800',
      '\udfff',
      '\u0301',
      '😀',
    ),
  },
);

/** Any text, likely to hold what would break a document. */
export const anyText = fc.string({ unit, maxLength: 16 });

/** Any text with a letter at each end, so the field is never blank and always shows. */
export const shownText = anyText.map((text) => `x${text}y`);

export const anyRun: fc.Arbitrary<TextRun> = fc.record({
  kind: fc.constant('text' as const),
  text: anyText,
  bold: fc.boolean(),
  italic: fc.boolean(),
  underline: fc.boolean(),
  strike: fc.boolean(),
  href: fc.constantFrom(
    null,
    null,
    'https://example.org/report',
    'https://example.org/a?b=1&c="x"&copy;',
    'https://example.org/(paren) space<>',
    'mailto:desk@example.org',
    'javascript:alert(1)',
  ),
});

export const anyInlines: fc.Arbitrary<Inline[]> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: anyRun },
    { weight: 1, arbitrary: fc.constant<Inline>({ kind: 'break' }) },
  ),
  { maxLength: 6 },
);

const shownParagraph = shownText.map((text): ExportBlock => ({
  kind: 'paragraph',
  inlines: [plainRun(text)],
}));

/**
 * A story of a fixed shape (one of every block) whose every text field holds any Unicode but is never
 * blank, so each field always makes the same elements, lines or blocks whatever it holds.
 */
export const anyTextStory: fc.Arbitrary<ExportStory> = fc
  .record({
    headline: shownText,
    subheadline: shownText,
    byline: fc.record({ name: shownText, title: shownText, organization: shownText }),
    section: shownText,
    keywords: fc.array(shownText, { minLength: 1, maxLength: 3 }),
    dateline: fc.record({ city: shownText, region: anyText, date: anyText, source: anyText }),
    lede: shownParagraph,
    paragraph: shownParagraph,
    heading: shownText,
    item: shownParagraph,
    quote: shownParagraph,
    attribution: fc.record({
      speaker: shownText,
      title: shownText,
      organization: shownText,
      context: shownText,
    }),
    credit: fc.record({
      kind: fc.constantFrom('reporting', 'editing', 'photo', 'unknown kind'),
      names: shownText,
      organization: shownText,
      place: shownText,
    }),
  })
  .map((fields): ExportStory => ({
    id: '6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f',
    slug: 'any-text',
    headline: fields.headline,
    subheadline: fields.subheadline,
    bylines: [fields.byline],
    section: fields.section,
    keywords: fields.keywords,
    status: 'approved',
    priority: 5,
    language: 'en',
    embargo: null,
    createdAt: '2026-11-24T08:15:00.000Z',
    updatedAt: '2026-11-24T09:40:30.000Z',
    revision: 1,
    wordCount: 10,
    dateline: { ...fields.dateline, line: formatDateline(fields.dateline) },
    blocks: [
      fields.lede,
      { kind: 'heading', level: 2, inlines: [plainRun(fields.heading)] },
      fields.paragraph,
      { kind: 'list', ordered: false, start: 1, items: [[fields.item]] },
      {
        kind: 'quote',
        display: 'blockquote',
        paragraphs: [fields.quote.kind === 'paragraph' ? fields.quote.inlines : []],
        attribution: { ...fields.attribution, line: formatQuoteAttribution(fields.attribution) },
      },
      { kind: 'rule' },
      { kind: 'credit', credit: { ...fields.credit, line: formatCredit(fields.credit) } },
    ],
  }));
