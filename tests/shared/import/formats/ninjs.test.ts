import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ninjsImport } from '@shared/import/formats/ninjs';
import type { ImportedStory } from '@shared/import/importedStory';
import { ImportError } from '@shared/import/ImportError';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { everyBlockStory, sampleStory } from '../../export/support/stories';
import { exported, expectRoundTrip } from '../support/roundTrip';

const EXAMPLES = join(__dirname, '../../../../resources/standards/ninjs/examples');
const FIXTURES = join(__dirname, '../fixtures/ninjs');
const CONTEXT = { fileName: 'item.json', importedAt: '2026-03-01T12:00:00.000Z' };
const CARRIES = ['headline', 'subheadline', 'bylines', 'section', 'keywords', 'slug', 'language'] as const;

const bytesOf = (text: string) => new TextEncoder().encode(text);
const importText = (text: string) => ninjsImport.import(bytesOf(text), CONTEXT);
const importJson = (value: unknown) => importText(JSON.stringify(value));
const importFile = (path: string) => ninjsImport.import(new Uint8Array(readFileSync(path)), CONTEXT);

const blockTypes = (imported: ImportedStory) =>
  (imported.draft.body?.content ?? []).map((block) => block.type);
const textOf = (node: EditorNodeJson): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('');
const bodyText = (imported: ImportedStory) => textOf(imported.draft.body!);

async function importError(text: string): Promise<ImportError> {
  const error = await importText(text).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('ninjsImport', () => {
  it('reads .json and .ninjs files, and knows ninjs by its first bytes', async () => {
    expect(ninjsImport).toMatchObject({ id: 'ninjs', extensions: ['.ninjs', '.json'] });
    const ours = new TextDecoder().decode((await exported(sampleStory(), 'ninjs-2.2')).bytes);
    expect(ninjsImport.sniff(ours.slice(0, 400))).toBe(true);
    expect(ninjsImport.sniff(readFileSync(join(EXAMPLES, '1.6/004_simple_text_article.json'), 'utf8'))).toBe(
      true,
    );
    expect(ninjsImport.sniff('{ "name": "copydesk", "version": "1.0.0", "dependencies": {} }')).toBe(false);
    expect(ninjsImport.sniff('[{ "uri": "x", "headlines": [] }]')).toBe(false);
    expect(ninjsImport.sniff('<nitf><head><title>x</title></head></nitf>')).toBe(false);
  });
});

describe('ninjs import: round trips of our exports', () => {
  for (const exportId of ['ninjs-2.2', 'ninjs-3.1'] as const) {
    it(`brings the sample story back from ${exportId}`, async () => {
      const imported = await expectRoundTrip(sampleStory(), exportId, ninjsImport, { carries: [...CARRIES] });
      expect(imported.report).toMatchObject({
        format: `ninjs ${exportId.slice(6)}`,
        dropped: [],
        unreadable: [],
      });
      expect(imported.report.quotes.map((quote) => quote.speaker)).toEqual([
        'Volodymyr Zelensky',
        'Dmitri Peskov',
      ]);
    });

    it(`brings every block back from ${exportId}, with the priority and the embargo`, async () => {
      const story = everyBlockStory();
      const imported = await expectRoundTrip(story, exportId, ninjsImport, { carries: [...CARRIES] });
      expect(imported.draft).toMatchObject({ priority: story.priority, embargo: story.embargo });
      expect(imported.report.recognized).toContain('Dateline: KHERSON, Ukraine, Nov. 24 (AP) —');
    });
  }
});

describe('ninjs import: IPTC’s examples', () => {
  const captain = 'Captain of wrecked cruise ship on trial in Italy';
  const authors = [
    { name: 'Paulo Santalucia', title: '', organization: '' },
    { name: "Frances d'Emilio", title: '', organization: '' },
  ];

  it.each([
    ['1.6/004_simple_text_article.json', 'ninjs 1.x', 4],
    ['1.6/005_complex_text_article.json', 'ninjs 1.x', 4],
    ['2.2/004_simple_text_article.json', 'ninjs 2.x', 4],
    ['2.2/005_complex_text_article.json', 'ninjs 2.x', 4],
    ['3.1/001_simple_example.json', 'ninjs 3.x', 1],
    ['3.1/004_simple_text_article.json', 'ninjs 3.x', 4],
    ['3.1/005_complex_text_article.json', 'ninjs 3.x', 4],
    ['3.0-agency/ninjsExSimpleText_3.json', 'ninjs 3.x', 4],
  ])(
    '%s: the headline, both authors, the AP dateline and the paragraphs (%s)',
    async (file, format, paragraphs) => {
      const imported = await importFile(join(EXAMPLES, file));

      expect(imported.draft).toMatchObject({ headline: captain, bylines: authors });
      expect(imported.draft.body?.content?.[0]).toEqual({
        type: 'dateline',
        attrs: { city: 'Grosseto', region: 'Italy', date: '', source: 'AP' },
      });
      expect(blockTypes(imported).slice(1)).toEqual(Array(paragraphs).fill('paragraph'));
      expect(bodyText(imported)).toMatch(/^The trial of the captain .* Schettino has denied wrongdoing\.$/);
      expect(imported.report).toMatchObject({ format, dropped: [], unreadable: [] });
    },
  );

  it('reads dpa’s 3.0 item: a German byline, an HTML body in a section, quotes in «guillemets»', async () => {
    const imported = await importFile(join(EXAMPLES, '3.0-agency/dpa_text.json'));

    expect(imported.draft).toMatchObject({
      headline: 'Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?',
      bylines: [{ name: 'Christian Hollmann', title: '', organization: 'dpa' }],
      language: 'de',
      priority: 4,
    });
    expect(blockTypes(imported)).toEqual(Array(9).fill('paragraph'));
    expect(imported.report.quotes.map((quote) => quote.text)).toContain(
      'Weigl kann mit dem Ball überhaupt nicht rechnen.',
    );
  });

  it('reads NTB’s 3.0 item: its summary as the subheadline, its subjects as keywords, no body', async () => {
    const imported = await importFile(join(EXAMPLES, '3.0-agency/ntb_text.json'));

    expect(imported.draft).toMatchObject({
      headline: 'Google har kjøpt giganttomt i Skien',
      subheadline:
        'IT-giganten Google har kjøpt en tomt på nærmere 2.000 mål i Skien i tilfelle det blir behov for flere datasentre i Europa.',
      keywords: ['Innenriks', 'Teknologi', 'Industri', 'Olje og energi'],
      slug: 'skien-google',
      language: 'nb-NO',
      priority: 5,
    });
    expect(imported.draft.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('ninjs import: wire copy', () => {
  it('reads a 1.x wire item: HTML body, dateline, quotes, the byline line, the attached picture', async () => {
    const imported = await importFile(join(FIXTURES, 'wire-1x.json'));

    expect(imported.draft).toMatchObject({
      headline: 'EU leaders agree to widen sanctions after late-night talks',
      subheadline: 'The package targets shipping firms and two banks; Hungary abstained.',
      bylines: [
        { name: 'Maria Lopez', title: '', organization: 'Reuters' },
        { name: 'Tom Becker', title: '', organization: 'Reuters' },
      ],
      section: '',
      keywords: ['politics', 'diplomacy', 'sanctions', 'European Union'],
      slug: 'bc-eu-summit-sanctions',
      language: 'en-GB',
      priority: 3,
    });
    expect(imported.draft.body?.content?.[0]).toEqual({
      type: 'dateline',
      attrs: { city: 'Brussels', region: '', date: '2026-02-26', source: 'Reuters' },
    });
    expect(blockTypes(imported)).toEqual(['dateline', 'paragraph', 'quote', 'paragraph']);
    expect(imported.report.quotes).toEqual([
      {
        text: 'We have sent a clear message tonight.',
        speaker: 'Anna Keller',
        title: 'Commission President',
        organization: '',
        context: '',
        verb: 'said',
        standalone: true,
      },
      {
        text: 'sanctions hurt Europe more than anyone.',
        speaker: '',
        title: '',
        organization: '',
        context: '',
        verb: '',
        standalone: false,
      },
    ]);
    expect(imported.report).toMatchObject({
      format: 'ninjs 1.x',
      dropped: [],
      unreadable: [
        'Picture: “Leaders at the summit table”',
        'Picture "featureimage": “Leaders pose for a family photo at the summit in Brussels, February 26, 2026.”',
      ],
    });
  });

  it('reads a 2.x agency item: plain-text body recognized, its dateline from `located`, the embargo', async () => {
    const imported = await importFile(join(FIXTURES, 'agency-2x.json'));

    expect(imported.draft).toMatchObject({
      headline: 'Storm closes schools across the north',
      subheadline: 'Police tell drivers to stay off the roads until the evening',
      bylines: [{ name: 'Anna Smith', title: 'Weather Correspondent', organization: '' }],
      keywords: ['weather', 'education'],
      slug: 'weather-storm-north',
      priority: 4,
      embargo: '2026-02-26T09:00:00Z',
    });
    expect(imported.draft.body?.content?.[0]).toEqual({
      type: 'dateline',
      attrs: { city: 'Leeds', region: 'England', date: '', source: '' },
    });
    expect(blockTypes(imported)).toEqual(['dateline', 'paragraph', 'quote', 'paragraph']);
    expect(imported.report.quotes).toMatchObject([
      { speaker: 'Mark Jones', title: 'chief constable of West Yorkshire Police', verb: 'said' },
    ]);
    expect(imported.report.recognized).toEqual([
      'Headline: Storm closes schools across the north',
      'Subheadline: Police tell drivers to stay off the roads until the evening',
      'Byline: Anna Smith, Weather Correspondent',
      'Dateline: LEEDS, England —',
      'Keywords: weather, education',
      '1 quote, 1 with a speaker',
      '3 paragraphs',
    ]);
    expect(imported.report.unreadable).toEqual([
      'Picture "gallery": “Snow in Leeds city centre”',
      'Related story "explainer": “What is a red weather warning?”',
    ]);
  });

  it('lists what a story cannot hold as dropped, with why, and keeps the rest', async () => {
    const imported = await importJson({
      uri: 'urn:x',
      headline: 'H'.repeat(501),
      language: 'English',
      urgency: 12,
      embargoed: 'tomorrow',
      keywords: ['ok', 'k'.repeat(101)],
      body_text: 'One paragraph.',
    });

    expect(imported.draft).toMatchObject({ headline: '', keywords: ['ok'] });
    expect(imported.draft).not.toHaveProperty('language');
    expect(imported.draft).not.toHaveProperty('priority');
    expect(imported.report.dropped.map((line) => line.reason)).toEqual([
      'Too long for the headline (more than 500 characters)',
      'Too long for the keyword (more than 100 characters)',
      'The language is not a BCP 47 tag such as "en"',
      'An urgency is a whole number from 1 to 9',
      'The embargo is not a date and time',
    ]);
  });
});

describe('ninjs import: bad input', () => {
  it.each([
    ['an empty file', '', 'empty', 'The file is empty.'],
    ['a file of spaces', '   \n ', 'empty', 'The file holds no text.'],
    [
      'text that is not JSON',
      'Hello, desk',
      'wrong-format',
      'The file is not valid JSON, so it cannot be a ninjs news item.',
    ],
    [
      'a ninjs file cut short',
      '{ "uri": "urn:x", "headlines": [{ "value": "Storm clo',
      'unreadable',
      'The ninjs file is damaged or cut short: its JSON ends before the news item does.',
    ],
    [
      'a JSON list',
      '[]',
      'wrong-format',
      'The file is JSON but not ninjs: it holds a list, not one news item.',
    ],
    [
      'a single JSON value',
      '"uri"',
      'wrong-format',
      'The file is JSON but not ninjs: it holds a single value, not a news item.',
    ],
    [
      'a JSON object of something else',
      '{"foo":1}',
      'wrong-format',
      'The file is JSON but not ninjs: it has no uri, headline, body or other property of a ninjs news item.',
    ],
    [
      'a package.json',
      '{ "name": "copydesk", "version": "1.0.0", "scripts": { "test": "vitest" } }',
      'wrong-format',
      'The file is JSON but not ninjs: it has no uri, headline, body or other property of a ninjs news item.',
    ],
    [
      'a picture item',
      '{ "uri": "urn:pic", "type": "picture", "versioncreated": "2026-01-01T00:00:00Z" }',
      'unreadable',
      'The ninjs item holds no story: it is a picture item, and it has no headline and no body.',
    ],
    [
      'headlines that are not a list',
      '{ "uri": "urn:x", "headlines": "Storm" }',
      'unreadable',
      'The ninjs item cannot be read: "headlines" should be a list, but it is text.',
    ],
    [
      'a body value that is a number',
      '{ "uri": "urn:x", "headline": "Storm", "bodies": [{ "role": "main", "value": 5 }] }',
      'unreadable',
      'The ninjs item cannot be read: "bodies[0].value" should be text, but it is a number.',
    ],
    [
      'a 1.x body that is not text',
      '{ "uri": "urn:x", "headline": "Storm", "body_html": ["<p>x</p>"] }',
      'unreadable',
      'The ninjs item cannot be read: "body_html" should be text, but it is a list.',
    ],
    [
      'an urgency that is an object',
      '{ "uri": "urn:x", "headline": "Storm", "urgency": {} }',
      'unreadable',
      'The ninjs item cannot be read: "urgency" should be a number, but it is an object.',
    ],
  ])('refuses %s with a clear message', async (_, text, problem, message) => {
    const error = await importError(text);
    expect({ problem: error.problem, message: error.message }).toEqual({ problem, message });
  });

  it('refuses a binary file named .json', async () => {
    const error = await ninjsImport
      .import(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), CONTEXT)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ problem: 'binary' });
  });

  it('lets no script, event handler or javascript: link through', async () => {
    const imported = await importJson({
      uri: 'urn:x',
      headline: '<script>alert(1)</script>Storm',
      body_html:
        '<p>Safe <a href="javascript:alert(1)">link</a> and <img src=x onerror="alert(1)"> text.</p><script>alert(2)</script><p onclick="alert(3)">More.</p>',
    });

    const json = JSON.stringify(imported.draft);
    expect(json).not.toMatch(/javascript:|onerror|onclick|alert\(2\)/);
    // A headline is text, never markup: its angle brackets are characters the editor shows as they are.
    expect(imported.draft.headline).toBe('<script>alert(1)</script>Storm');
    expect(bodyText(imported)).toBe('Safe link and text.More.');
    expect(imported.report.unreadable).toEqual(['Picture']);
  });

  it('reads a body nested thousands deep, and JSON nested a hundred thousand deep, without failing', async () => {
    const deepHtml = await importJson({
      uri: 'urn:x',
      headline: 'H',
      body_html: `${'<div>'.repeat(20_000)}x`,
    });
    expect(bodyText(deepHtml)).toBe('x');

    const deepJson = `{"uri":"urn:x","headline":"H","associations":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect((await importText(deepJson)).report.unreadable).toEqual(['Attached item "a"']);
  });

  it('never throws anything but an ImportError, whatever JSON it is given', async () => {
    const ninjsLike = fc.record(
      {
        uri: fc.string(),
        headline: fc.oneof(fc.string(), fc.jsonValue()),
        headlines: fc.oneof(fc.array(fc.record({ role: fc.string(), value: fc.string() })), fc.jsonValue()),
        by: fc.oneof(fc.string(), fc.jsonValue()),
        people: fc.oneof(
          fc.array(fc.record({ name: fc.string(), rel: fc.constant('author') })),
          fc.jsonValue(),
        ),
        bodies: fc.oneof(
          fc.array(
            fc.record({ contentType: fc.constantFrom('text/html', 'text/plain'), value: fc.string() }),
          ),
          fc.jsonValue(),
        ),
        body_html: fc.oneof(fc.string(), fc.jsonValue()),
        subjects: fc.jsonValue(),
        located: fc.oneof(fc.string(), fc.jsonValue()),
        urgency: fc.jsonValue(),
        associations: fc.jsonValue(),
      },
      { requiredKeys: ['uri'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), ninjsLike), async (value) => {
        await importText(JSON.stringify(value) ?? '').then(
          (imported) => expect(imported.draft.body?.type).toBe('doc'),
          (error: unknown) => expect(error).toBeInstanceOf(ImportError),
        );
      }),
      { numRuns: 300 },
    );
  });
});
