/**
 * DOCX import. The foreign story is a Word document built by the docx library the way a reporter types
 * one (tests/shared/import/docx/foreignDocx.ts, its core properties in fixtures/docx/wire-core.xml);
 * its reading was checked by eye against the document opened in LibreOffice.
 */
import fc from 'fast-check';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ImportError } from '@shared/import/ImportError';
import { docxImport } from '@shared/import/formats/docx';
import type { Story } from '@shared/story/story';
import { everyBlockStory, sampleStory, storyOf } from '../../export/support/stories';
import { docxWithBody, nestedTablesXml, paragraphsXml, zipOf } from '../docx/docxPackages';
import { foreignWireDocx } from '../docx/foreignDocx';
import { exported, expectRoundTrip } from '../support/roundTrip';

const CARRIES = ['headline', 'subheadline', 'bylines', 'section', 'keywords', 'language'] as const;
const context = { fileName: 'story.docx', importedAt: '2030-06-01T12:00:00Z' };
const importBytes = (bytes: Uint8Array) => docxImport.import(bytes, context);

async function importError(bytes: Uint8Array): Promise<ImportError> {
  const error = await importBytes(bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('docx import of a Word document typed by a reporter', () => {
  it('reads the headline from Heading 1, the typed byline, the dateline and the quote with its speaker', async () => {
    const { draft, report } = await importBytes(await foreignWireDocx());

    expect(draft.headline).toBe('Senate passes stopgap bill to avert shutdown');
    expect(draft.bylines).toEqual([{ name: 'Jane Doe', title: '', organization: 'Reuters' }]);
    expect(draft.keywords).toEqual(['Senate', 'budget', 'shutdown']);
    expect(draft.language).toBe('en-US');
    expect(draft.section).toBe('');
    const [dateline, lede, quote] = draft.body!.content!;
    // "Feb 26" takes its year from the date the document was saved (2027), not from the day of the import.
    expect(dateline).toEqual({
      type: 'dateline',
      attrs: { city: 'Washington', region: '', date: '2027-02-26', source: 'Reuters' },
    });
    expect(lede!.content![0]!.text).toMatch(/^The U\.S\. Senate on Thursday passed/);
    expect(quote).toMatchObject({
      type: 'quote',
      content: [
        {
          type: 'quoteText',
          content: [{ content: [{ text: 'We will not let the government shut down.' }] }],
        },
        { type: 'quoteAttribution', attrs: { speaker: 'Chuck Schumer', title: 'Senate majority leader' } },
      ],
    });
    expect(draft.quotes).toEqual([
      expect.objectContaining({ speaker: 'Chuck Schumer', title: 'Senate majority leader', verb: 'said' }),
    ]);
    expect(report.recognized).toEqual([
      'Headline: Senate passes stopgap bill to avert shutdown',
      'Byline: Jane Doe, Reuters',
      'Dateline: WASHINGTON, Feb. 26 (Reuters) —',
      'Keywords: Senate, budget, shutdown',
      '1 quote, 1 with a speaker',
      '4 paragraphs',
    ]);
    expect(report.unreadable).toEqual([
      'Picture: “Senators leave the chamber after the vote”',
      'Paragraph style “Tagline”: its paragraphs are read as plain paragraphs',
    ]);
  });

  it('keeps links and never embeds the picture', async () => {
    const { draft } = await importBytes(await foreignWireDocx());
    const json = JSON.stringify(draft);

    expect(json).toContain('"href":"https://www.reuters.com/world/us/"');
    expect(json).not.toMatch(/base64|data:image|"image"/);
  });

  it("reads Word's Title, Subtitle and Quote styles, the quote's last line opening with a dash as its speaker", async () => {
    const styled = (style: string, text: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const bytes = await docxWithBody(
      styled('Title', 'Mayor opens the bridge') +
        styled('Subtitle', 'Traffic flows after two years') +
        paragraphsXml('The new bridge opened on Monday.') +
        styled('Quote', 'It is a good day for the city.') +
        styled('Quote', '— Jane Roe, mayor of Springfield'),
    );
    // The package's styles.xml (the docx library's) names these Word styles as Word does.
    const { draft } = await importBytes(bytes);

    expect(draft.headline).toBe('Mayor opens the bridge');
    expect(draft.subheadline).toBe('Traffic flows after two years');
    expect(draft.body!.content![1]).toMatchObject({
      type: 'quote',
      content: [
        { type: 'quoteText', content: [{ content: [{ text: 'It is a good day for the city.' }] }] },
        { type: 'quoteAttribution', attrs: { speaker: 'Jane Roe', title: 'mayor of Springfield' } },
      ],
    });
  });
});

describe('docx import of our own DOCX export', () => {
  it('reads back the sample story: fields, dateline, quotes and their attributions', async () => {
    const { report } = await expectRoundTrip(sampleStory(), 'docx', docxImport, { carries: [...CARRIES] });

    expect(report.unreadable).toEqual([]);
    expect(report.quotes.map(({ speaker, title }) => [speaker, title])).toEqual([
      ['Volodymyr Zelensky', 'Ukrainian President'],
      ['Dmitri Peskov', 'Kremlin spokesperson'],
    ]);
  });

  it('reads back every block: lists, subheads, both quote kinds with every attribution field, credits, the rule', async () => {
    const { report } = await expectRoundTrip(everyBlockStory(), 'docx', docxImport, {
      carries: [...CARRIES],
    });

    expect(report.unreadable).toEqual([]);
  });

  it("dates the dateline from the document's own time, however long after it is imported", async () => {
    await expectRoundTrip(everyBlockStory(), 'docx', docxImport, {
      carries: [...CARRIES],
      importedAt: '2031-03-01T00:00:00Z',
    });
  });
});

describe('docx import of hostile content', () => {
  it('drops javascript: links and keeps markup typed as text as text', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('<script>alert(1)</script> <img src=x onerror=alert(1)> '),
                new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('click')] }),
              ],
            }),
          ],
        },
      ],
    });
    const { draft } = await importBytes(await Packer.pack(document, 'uint8array'));
    const [paragraph] = draft.body!.content!;

    expect(JSON.stringify(draft)).not.toContain('javascript:');
    expect(paragraph!.content!.map((node) => node.text).join('')).toBe(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> click',
    );
    expect(paragraph!.content!.every((node) => !node.marks)).toBe(true);
  });

  it('refuses tables nested hundreds deep, and reads a few levels of them as paragraphs', async () => {
    const deep = await importError(await docxWithBody(nestedTablesXml(2000)));
    const { draft, report } = await importBytes(await docxWithBody(nestedTablesXml(20)));

    expect(deep.message).toBe(
      'The Word document cannot be read: its tables or fields are nested too deeply.',
    );
    expect(JSON.stringify(draft.body)).toContain('After the table');
    expect(report.unreadable).toContain('A table of 1 row, kept as paragraphs');
  });
});

describe('docx import of files that are no Word document', () => {
  it.each([
    ['an empty file', async () => new Uint8Array(), 'empty', 'The file is empty.'],
    [
      'a text file named .docx',
      async () => new TextEncoder().encode('Dear desk, here is my story.\n'),
      'wrong-format',
      'The file is not a Word document (DOCX): it is not a zip package.',
    ],
    [
      'a DOCX cut in half',
      async () => {
        const { bytes } = await exported(sampleStory(), 'docx');
        return bytes.slice(0, bytes.length / 2);
      },
      'unreadable',
      'The Word document cannot be opened: it is damaged or cut short (a DOCX file is a zip package, and this one is broken).',
    ],
    [
      'a zip that is no Word document',
      () => zipOf({ mimetype: 'application/epub+zip', 'OEBPS/chapter1.xhtml': '<p>Hi</p>' }),
      'wrong-format',
      'The file is a zip package but not a Word document: it has no word/document.xml.',
    ],
    [
      'a package whose document is not XML',
      () => zipOf({ 'word/document.xml': 'this is not XML at all <<<' }),
      'unreadable',
      'The Word document cannot be read: it is damaged, its text is not Word XML.',
    ],
  ] as const)('refuses %s', async (_, bytes, problem, message) => {
    const error = await importError(await bytes());

    expect(error.problem).toBe(problem);
    expect(error.message).toBe(message);
  });

  it('is chosen by its name: a zip head alone could be any Office file or e-book', () => {
    expect(docxImport.extensions).toEqual(['.docx']);
    expect(docxImport.sniff('PK\x03\x04\x14\x00\x06\x00')).toBe(false);
  });

  it('throws nothing but an ImportError for any bytes, zip-headed or cut from a real DOCX', async () => {
    const { bytes: real } = await exported(sampleStory(), 'docx');
    const garbage = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((tail) => Uint8Array.from([0x50, 0x4b, 3, 4, ...tail])),
      fc.nat({ max: real.length - 1 }).map((cut) => real.slice(0, cut)),
      fc
        .tuple(fc.nat({ max: real.length - 1 }), fc.integer({ min: 0, max: 255 }))
        .map(([at, value]) => Uint8Array.from(real, (byte, index) => (index === at ? value : byte))),
    );
    await fc.assert(
      fc.asyncProperty(garbage, async (bytes) => {
        const outcome = await importBytes(bytes).then(
          () => null,
          (thrown: unknown) => thrown,
        );
        if (outcome !== null) expect(outcome).toBeInstanceOf(ImportError);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('docx import of any text', () => {
  // Words as a desk types them, in any script, with the punctuation a headline or a name holds.
  const word = fc.stringMatching(/^[\p{L}\p{N}'’&.!?()«»"-]{1,12}$/u);
  const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
  const name = fc.array(fc.stringMatching(/^\p{Lu}\p{Ll}{1,10}$/u), { minLength: 2, maxLength: 3 });

  it('carries any headline, subheadline, byline, section and keywords through the DOCX export', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          headline: line,
          subheadline: line,
          section: line,
          keywords: fc.uniqueArray(fc.oneof(line, fc.constant('Washington, D.C.')), { maxLength: 4 }),
          name: name.map((words) => words.join(' ')),
          title: line,
        }),
        async ({ headline, subheadline, section, keywords, name: person, title }) => {
          const base = sampleStory();
          const story: Story = storyOf({
            ...base,
            headline,
            subheadline,
            section,
            keywords,
            bylines: [{ name: person, title, organization: 'Copydesk News' }],
          });
          await expectRoundTrip(story, 'docx', docxImport, { carries: [...CARRIES] });
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
