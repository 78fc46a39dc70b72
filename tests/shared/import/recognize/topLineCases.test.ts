import { describe, expect, it } from 'vitest';
import { classifyTopLines, recognizeCopy } from '@shared/import/recognize/recognizeCopy';
import type { TopLines } from '@shared/import/recognize/recognizeCopy';

const LEDE = 'WASHINGTON (AP) — The Senate passed the budget bill late on Wednesday after a long debate.';
const HEADLINE = 'Senate Passes Budget Bill After Long Debate';

// Each row: the lines above the lede (the lede is added), then what is recognized in them.
const cases: [string[], Partial<TopLines>][] = [
  [[HEADLINE], { headline: HEADLINE, section: '', bylines: [], dropped: [] }],
  [
    ['By Jane Doe', HEADLINE],
    { bylines: [{ name: 'Jane Doe', title: '', organization: '', text: 'By Jane Doe' }] },
  ],
  [
    [HEADLINE, 'by Jane Doe, Reuters'],
    { bylines: [{ name: 'Jane Doe', title: '', organization: 'Reuters', text: 'by Jane Doe, Reuters' }] },
  ],
  [
    [HEADLINE, 'By Jane Doe and John Roe'],
    {
      bylines: [
        { name: 'Jane Doe', title: '', organization: '', text: 'By Jane Doe and John Roe' },
        { name: 'John Roe', title: '', organization: '', text: 'By Jane Doe and John Roe' },
      ],
    },
  ],
  [
    [HEADLINE, "By Paulo Santalucia and Frances d'Emilio"],
    {
      bylines: ['Paulo Santalucia', "Frances d'Emilio"].map((name) => ({
        name,
        title: '',
        organization: '',
        text: "By Paulo Santalucia and Frances d'Emilio",
      })),
    },
  ],
  [
    [HEADLINE, 'By Jane Doe, John Roe and Ann Poe, Associated Press'],
    {
      bylines: ['Jane Doe', 'John Roe', 'Ann Poe'].map((name) => ({
        name,
        title: '',
        organization: 'Associated Press',
        text: 'By Jane Doe, John Roe and Ann Poe, Associated Press',
      })),
    },
  ],
  [
    [HEADLINE, 'By Jane Doe, Staff Writer'],
    {
      bylines: [
        { name: 'Jane Doe', title: 'Staff Writer', organization: '', text: 'By Jane Doe, Staff Writer' },
      ],
    },
  ],
  [
    [HEADLINE, 'By Jane Doe | Reuters | Feb 26, 2026'],
    {
      bylines: [
        {
          name: 'Jane Doe',
          title: '',
          organization: 'Reuters',
          text: 'By Jane Doe | Reuters | Feb 26, 2026',
        },
      ],
    },
  ],
  [
    [HEADLINE, 'By JANE DOE', 'Associated Press'],
    {
      subheadline: '',
      bylines: [
        {
          name: 'JANE DOE',
          title: '',
          organization: 'Associated Press',
          text: 'By JANE DOE\nAssociated Press',
        },
      ],
    },
  ],
  [['World', HEADLINE], { section: 'World', headline: HEADLINE, dropped: [] }],
  [
    ['News', 'Politics', HEADLINE],
    { section: 'Politics', dropped: [{ text: 'News', reason: 'another section line' }] },
  ],
  [
    ['Home › World › Europe', HEADLINE],
    {
      section: 'Europe',
      dropped: [{ text: 'Home › World › Europe', reason: 'breadcrumb trail (section Europe)' }],
    },
  ],
  [
    ['Connect with us', 'World', HEADLINE, 'Published', 'on', 'Ukraine Russia Peace Talks Istanbul'],
    {
      section: 'World',
      headline: HEADLINE,
      dropped: [
        { text: 'Connect with us', reason: 'web boilerplate' },
        { text: 'Published', reason: 'web boilerplate' },
        { text: 'on', reason: 'web boilerplate' },
        { text: 'Ukraine Russia Peace Talks Istanbul', reason: 'image alt text or caption above the lede' },
      ],
    },
  ],
  [
    [HEADLINE, 'Published on February 26, 2026', 'Updated 3:45 PM EST', '5 min read'],
    {
      dropped: [
        { text: 'Published on February 26, 2026', reason: 'publication date' },
        { text: 'Updated 3:45 PM EST', reason: 'publication date' },
        { text: '5 min read', reason: 'reading time' },
      ],
    },
  ],
  [
    [HEADLINE, 'Wednesday, February 26, 2026', '3 hours ago'],
    {
      dropped: [
        { text: 'Wednesday, February 26, 2026', reason: 'a date alone' },
        { text: '3 hours ago', reason: 'a date alone' },
      ],
    },
  ],
  [
    ['Share this article', 'Facebook Twitter LinkedIn Email', HEADLINE, 'Advertisement'],
    {
      dropped: [
        { text: 'Share this article', reason: 'web boilerplate' },
        { text: 'Facebook Twitter LinkedIn Email', reason: 'share buttons' },
        { text: 'Advertisement', reason: 'web boilerplate' },
      ],
    },
  ],
  [
    [HEADLINE, 'Senators at the Capitol on Wednesday. (Photo: Getty Images)'],
    {
      dropped: [
        {
          text: 'Senators at the Capitol on Wednesday. (Photo: Getty Images)',
          reason: 'photo caption or credit',
        },
      ],
    },
  ],
  [
    ['The Daily Planet', HEADLINE],
    {
      headline: HEADLINE,
      dropped: [{ text: 'The Daily Planet', reason: 'unrecognized line above the headline' }],
    },
  ],
  [
    [HEADLINE, HEADLINE],
    { headline: HEADLINE, dropped: [{ text: HEADLINE, reason: 'repeats the headline' }] },
  ],
  [
    [HEADLINE, 'The bill now goes to the House, where its fate is uncertain.'],
    {
      headline: HEADLINE,
      subheadline: 'The bill now goes to the House, where its fate is uncertain.',
      dropped: [],
    },
  ],
  [['BREAKING', HEADLINE], { headline: HEADLINE, dropped: [{ text: 'BREAKING', reason: 'kicker label' }] }],
  // The headline's own verb keeps a shorter title line from being taken for alt text.
  [
    [HEADLINE, 'Vote Held After Midnight'],
    { headline: HEADLINE, subheadline: 'Vote Held After Midnight', dropped: [] },
  ],
];

describe('classifyTopLines', () => {
  it.each(cases)('%j', (top, expected) => {
    const result = classifyTopLines([...top, LEDE]);
    expect(result).toMatchObject({ ...expected, ledeIndex: top.length });
  });

  it('finds the lede without a dateline: the first line that reads as a sentence', () => {
    const result = classifyTopLines([
      HEADLINE,
      'The Senate passed the budget bill late on Wednesday.',
      'More.',
    ]);
    expect(result).toMatchObject({ headline: HEADLINE, ledeIndex: 1 });
  });

  it('takes a lone title-like line for the headline when nothing reads as a sentence', () => {
    expect(classifyTopLines(['World', HEADLINE, 'short line'])).toMatchObject({
      section: 'World',
      headline: HEADLINE,
      ledeIndex: 2,
    });
  });

  it('never takes a byline that opens a sentence', () => {
    const result = classifyTopLines(['By the time the talks began, both sides had already left the city.']);
    expect(result).toMatchObject({ bylines: [], ledeIndex: 0 });
  });
});

describe('boilerplate in the body', () => {
  it('is dropped and listed, and nothing else is', () => {
    const copy = recognizeCopy([
      HEADLINE,
      LEDE,
      'Advertisement',
      'Story continues below advertisement',
      'Share this article',
      'On Thursday the House is expected to take up the bill.',
    ]);
    expect(copy.paragraphs).toEqual([
      'The Senate passed the budget bill late on Wednesday after a long debate.',
      'On Thursday the House is expected to take up the bill.',
    ]);
    expect(copy.dropped).toEqual([
      { text: 'Advertisement', reason: 'web boilerplate in the body' },
      { text: 'Story continues below advertisement', reason: 'web boilerplate in the body' },
      { text: 'Share this article', reason: 'web boilerplate in the body' },
    ]);
  });
});

describe('recognizeCopy on little or no copy', () => {
  it.each([
    [[], { headline: '', paragraphs: [] }],
    [['', '   ', '\t'], { headline: '', paragraphs: [] }],
    [[HEADLINE], { headline: HEADLINE, paragraphs: [] }],
    [['Hello.'], { headline: '', paragraphs: ['Hello.'] }],
  ])('%j', (lines, expected) => {
    expect(recognizeCopy(lines)).toMatchObject(expected);
  });
});
