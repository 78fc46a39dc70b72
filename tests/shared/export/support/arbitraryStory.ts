import fc from 'fast-check';
import { formatCredit } from '@shared/editor/attribution/formatCredit';
import { formatQuoteAttribution } from '@shared/editor/attribution/formatQuoteAttribution';
import { formatDateline } from '@shared/editor/dateline/formatDateline';
import type { ExportBlock, ExportStory, Inline, TextRun } from '@shared/export/model/exportStory';
import { plainRun } from '@shared/export/text/plainRun';
import { STORY_STATUSES } from '@shared/story/story';

// Any code point, and far more often what breaks one format or another: markup and Markdown syntax,
// entities, digits that could start a list, every kind of space and line break, combining marks, astral
// characters, Greek and Cyrillic, a word wider than any line (PDF, wire copy), and what XML 1.0 forbids
// and no reader can see (C0 controls, lone surrogates, non-characters), which every exporter must drop.
// Every format is tested with all of it: no exporter may assume its input is free of another's hazards.
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'a',
      'b',
      '7',
      '1',
      '0',
      'é',
      'Ж',
      'λ',
      'Ω',
      '😀',
      'Ειρήνη',
      'Нет',
      'W'.repeat(90),
    ),
  },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      ...'*_~`[]()!<>&#;:\\|-+=."\'/{}^$%@?,'.split(''),
      ']]>',
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
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ',
      '  ',
      '    ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u000b',
      '\u000c',
      '\u0085',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\u200b',
      '\u0301',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.constantFrom('\u007f', '\ufdd0', '\ufffe', '\uffff') },
);

/** Any text, likely to hold what would break a document. */
export const anyText = fc.string({ unit, maxLength: 24 });

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
    'https://example.org/a?b=1&c="x"&copy;#part',
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

const CREDIT_KINDS = ['reporting', 'additional-reporting', 'editing', 'source', 'photo', 'unknown kind'];

const paragraph = anyInlines.map((inlines): ExportBlock => ({ kind: 'paragraph', inlines }));

const heading = fc
  .record({ level: fc.constantFrom(2 as const, 3 as const), inlines: anyInlines })
  .map(({ level, inlines }): ExportBlock => ({ kind: 'heading', level, inlines }));

// Items of paragraphs and lists, nested as deep as fast-check takes them, an item empty at times, and
// starts a numbered list may hold but the editor never makes (0, negative).
const list: fc.Arbitrary<ExportBlock> = fc.letrec((tie) => ({
  list: fc
    .record({
      ordered: fc.boolean(),
      start: fc.integer({ min: -3, max: 40 }),
      items: fc.array(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: paragraph },
            { weight: 1, arbitrary: tie('list') as fc.Arbitrary<ExportBlock> },
          ),
          { maxLength: 2 },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ ordered, start, items }): ExportBlock => ({ kind: 'list', ordered, start, items })),
})).list as fc.Arbitrary<ExportBlock>;

const quote = fc
  .record({
    display: fc.constantFrom('blockquote' as const, 'pullquote' as const),
    paragraphs: fc.array(anyInlines, { maxLength: 2 }),
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
  .record({ kind: fc.constantFrom(...CREDIT_KINDS), names: anyText, organization: anyText, place: anyText })
  .map((fields): ExportBlock => ({ kind: 'credit', credit: { ...fields, line: formatCredit(fields) } }));

const block: fc.Arbitrary<ExportBlock> = fc.oneof(
  { weight: 3, arbitrary: paragraph },
  { weight: 1, arbitrary: heading },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: credit },
  { weight: 1, arbitrary: fc.constant<ExportBlock>({ kind: 'rule' }) },
);

// Untrimmed fields and a blank city, as a hand-made ExportStory may hold; regions of both kinds NITF and
// NewsML-G2 tell apart; dates the dateline prints and dates that are no day of the calendar.
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
 * A story of any shape whose every text field holds any Unicode. Ids, times, priority and language are
 * valid ones (each format's own tests check they are refused otherwise), in each form a story may hold.
 */
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
  embargo: fc.constantFrom(null, '2026-11-25T06:00:00.000Z', '2026-11-25T08:00:00+02:00'),
  createdAt: fc.constant('2026-11-24T08:15:00.000Z'),
  updatedAt: fc.constantFrom('2026-11-24T09:40:30.000+02:00', '2026-11-24T09:40:30.250Z'),
  revision: fc.integer({ min: 1, max: 10_000 }),
  wordCount: fc.nat({ max: 100_000 }),
  dateline,
  blocks: fc.array(block, { maxLength: 8 }),
});

const shownParagraph = shownText.map((text): ExportBlock => ({
  kind: 'paragraph',
  inlines: [plainRun(text)],
}));

/**
 * A story of a fixed shape (one of every block) whose every text field holds any Unicode but is never
 * blank, so each field always makes the same elements, lines or blocks whatever it holds.
 */
export const fixedShapeStory: fc.Arbitrary<ExportStory> = fc
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
    quote: shownText,
    attribution: fc.record({
      speaker: shownText,
      title: shownText,
      organization: shownText,
      context: shownText,
    }),
    credit: fc.record({
      kind: fc.constantFrom(...CREDIT_KINDS),
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
        paragraphs: [[plainRun(fields.quote)]],
        attribution: { ...fields.attribution, line: formatQuoteAttribution(fields.attribution) },
      },
      { kind: 'rule' },
      { kind: 'credit', credit: { ...fields.credit, line: formatCredit(fields.credit) } },
    ],
  }));
