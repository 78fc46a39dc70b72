import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownFormat } from '@shared/export/formats/markdown';
import { toExportStory } from '@shared/export/model/toExportStory';
import { markdownImport } from '@shared/import/formats/markdown';
import { ImportError } from '@shared/import/ImportError';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { Byline } from '@shared/story/story';
import { everyBlockStory, sampleStory, storyOf } from '../../export/support/stories';
import { noResources } from '../../export/support/noResources';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { expectRoundTrip } from '../support/roundTrip';

// "A and B, _Reuters_" is how the byline writes two people of Reuters, and also A alone with B of
// Reuters: the importer reads the first, which the second cannot be told from.
const sharedLooking = (bylines: Byline[]) =>
  bylines.length === 2 &&
  !bylines[0]!.title &&
  !bylines[0]!.organization &&
  !bylines[1]!.title &&
  bylines[1]!.organization !== '';

// Markdown prints the dateline's date without its year ("Nov. 24"): the import's date gives it back.
const IMPORTED_AT = '2026-11-24T10:00:00.000Z';
const context = (fileName = 'story.md') => ({ fileName, importedAt: IMPORTED_AT });
const utf8 = (text: string) => new TextEncoder().encode(text);
const importText = (text: string, fileName?: string) => markdownImport.import(utf8(text), context(fileName));
const fixture = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/markdown/${name}`, import.meta.url))));

function allNodes(node: EditorNodeJson): EditorNodeJson[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

async function importError(text: string | Uint8Array): Promise<ImportError> {
  const bytes = typeof text === 'string' ? utf8(text) : text;
  const error = await markdownImport.import(bytes, context()).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('Markdown import', () => {
  it('is the markdown format, for .md and .markdown files, and knows Markdown by its opening', () => {
    expect(markdownImport.id).toBe('markdown');
    expect(markdownImport.extensions).toEqual(['.md', '.markdown']);
    expect(markdownImport.sniff('# Headline\n\nText')).toBe(true);
    expect(markdownImport.sniff('---\ntitle: A story\n---\n')).toBe(true);
    expect(markdownImport.sniff('ISTANBUL, Turkey — Talks began.')).toBe(false);
    expect(markdownImport.sniff('#hashtag at the start')).toBe(false);
  });

  describe('round trips through our Markdown export', () => {
    it('carries the sample story: headline, byline, dateline, quotes and every paragraph', async () => {
      const imported = await expectRoundTrip(sampleStory(), 'markdown', markdownImport, {
        carries: ['headline', 'subheadline', 'bylines'],
        importedAt: IMPORTED_AT,
      });
      expect(imported.report.dropped).toEqual([]);
      expect(imported.report.unreadable).toEqual([]);
      expect(imported.draft.quotes?.map((quote) => [quote.speaker, quote.title, quote.standalone])).toEqual([
        ['Volodymyr Zelensky', 'Ukrainian President', true],
        ['Dmitri Peskov', 'Kremlin spokesperson', true],
      ]);
    });

    it('carries every block: subheads, lists, quotes and a pull quote, rule, marks, credits (not underline)', async () => {
      const imported = await expectRoundTrip(everyBlockStory(), 'markdown', markdownImport, {
        carries: ['headline', 'subheadline', 'bylines'],
        dropsMarks: ['underline'],
        importedAt: IMPORTED_AT,
      });
      expect(imported.report.recognized).toEqual([
        'Headline: Every block: a test story',
        'Subheadline: Subheads, lists, quotes, credits and a rule',
        'Byline: Olena Kovalenko, Kyiv Bureau Chief, Copydesk News',
        'Byline: Giorgos Papadopoulos',
        'Dateline: KHERSON, Ukraine, Nov. 24 (AP) —',
        '2 quotes, 2 with a speaker',
        '12 paragraphs',
      ]);
    });

    it.each<[string, Byline[]]>([
      ['a lone title', [{ name: 'Jane Doe', title: 'Correspondent', organization: '' }]],
      ['a lone organization', [{ name: 'Jane Doe', title: '', organization: 'Correspondent' }]],
      [
        'two people sharing an organization',
        [
          { name: 'Jane Doe', title: '', organization: 'Reuters' },
          { name: 'John Roe', title: '', organization: 'Reuters' },
        ],
      ],
      [
        'three people with titles',
        [
          { name: 'A. Ali', title: 'Editor, Europe', organization: 'AFP' },
          { name: 'B. Bo', title: '', organization: '' },
          { name: 'C. Cy', title: 'Writer', organization: '' },
        ],
      ],
      [
        'three names and no organization',
        [
          { name: 'Ann', title: '', organization: '' },
          { name: 'Bob', title: '', organization: '' },
          { name: 'Cyd', title: '', organization: '' },
        ],
      ],
    ])('carries bylines with %s exactly', async (_, bylines) => {
      await expectRoundTrip(storyOf({ ...everyBlockStory(), bylines }), 'markdown', markdownImport, {
        carries: ['headline', 'subheadline', 'bylines'],
        dropsMarks: ['underline'],
        importedAt: IMPORTED_AT,
      });
    });

    it('carries any headline, subheadline and byline text, whatever characters it holds', async () => {
      const text = fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
        .map((value) => value.replace(/\s+/gu, ' ').trim())
        .filter((value) => value !== '');
      // Commas, "and" and semicolons are what a byline line is made of, so a name cannot hold them; control
      // characters are never published.
      // A line ending as a sentence does is a lede, not a byline.
      const part = text.filter((value) => !/,|;| and |^and |[.!?]$/u.test(value) && !/\p{Cc}/u.test(value));
      const byline = fc.record({
        name: part,
        // Without an organization to set in italics the line is read as a desk reads copy, where a title
        // is known by its noun ("correspondent") and anything else after a name is an organization.
        title: fc.oneof(
          fc.constant(''),
          part.map((words) => `${words} correspondent`),
        ),
        organization: fc.oneof(fc.constant(''), part),
      });
      await fc.assert(
        fc.asyncProperty(
          text,
          text,
          fc.array(byline, { maxLength: 3 }).filter((bylines) => !sharedLooking(bylines)),
          async (headline, subheadline, bylines) => {
            const story = storyOf({ ...sampleStory(), headline, subheadline, bylines });
            const bytes = await markdownFormat.export(
              toExportStory(story),
              noResources,
              DEFAULT_EXPORT_OPTIONS,
            );
            const imported = await markdownImport.import(bytes, context());
            expect(imported.draft.headline).toBe(headline);
            expect(imported.draft.subheadline).toBe(subheadline);
            expect(imported.draft.bylines).toEqual(bylines);
          },
        ),
        { numRuns: 150 },
      );
    });
  });

  describe('a story written elsewhere', () => {
    it('reads a blog post with YAML front matter: fields, dateline, quotes, credit, and what it could not read', async () => {
      const { draft, report } = await markdownImport.import(
        fixture('harbour-strike.md'),
        context('harbour-strike.md'),
      );
      expect(draft).toMatchObject({
        headline: 'Dockworkers End Three-Day Strike at Piraeus',
        subheadline: 'Ships queue off the port as crews return to the cranes',
        bylines: [{ name: 'Maria Georgiou', title: '', organization: '' }],
        section: 'Business',
        keywords: ['Greece', 'shipping', 'labour'],
        language: 'en',
      });
      const blocks = draft.body!.content!;
      // The front matter's date gives the dateline its year, not the day of the import.
      expect(blocks[0]).toEqual({
        type: 'dateline',
        attrs: { city: 'Piraeus', region: 'Greece', date: '2026-03-04', source: 'Reuters' },
      });
      expect(blocks.map((block) => block.type)).toEqual([
        'dateline',
        'paragraph',
        'paragraph',
        'paragraph',
        'heading',
        'bulletList',
        'quote',
        'paragraph',
        'paragraph',
        'paragraph',
        'attribution',
      ]);
      expect(blocks.at(-1)!.attrs).toEqual({
        kind: 'additional-reporting',
        names: 'Dimitris Lekkas',
        organization: '',
        place: 'Athens',
      });
      expect(draft.quotes).toEqual([
        expect.objectContaining({ speaker: 'Nikos Papas', verb: 'said', standalone: false }),
        expect.objectContaining({
          speaker: 'Eleni Kosta',
          title: 'shipping analyst',
          organization: 'Piraeus Bank',
          standalone: true,
        }),
      ]);
      expect(report.recognized).toContain('Dateline: PIRAEUS, Greece, March 4 (Reuters) —');
      expect(report.dropped).toEqual([
        { text: 'layout: post', reason: 'front matter Copydesk does not keep' },
      ]);
      expect(report.unreadable).toEqual([
        'Picture: “Container cranes at Piraeus at dawn”',
        'A table of 3 rows, kept as paragraphs',
      ]);
    });

    it('reads a README-like story with no front matter: the first # is the headline, quotes and dateline found', async () => {
      const { draft, report } = await markdownImport.import(
        fixture('readme-story.md'),
        context('readme-story.md'),
      );
      expect(draft.headline).toBe('City Council Backs New Tram Line');
      expect(draft.body!.content![0]).toEqual({
        type: 'dateline',
        attrs: { city: 'Portland', region: 'Ore.', date: '2026-02-26', source: '' },
      });
      expect(draft.body!.content![2]).toMatchObject({
        type: 'quote',
        content: [{}, { attrs: { speaker: 'Ana Ruiz', title: 'Mayor' } }],
      });
      expect(report.recognized).toEqual([
        'Headline: City Council Backs New Tram Line',
        'Dateline: PORTLAND, Ore., Feb. 26 —',
        '1 quote, 1 with a speaker',
        '4 paragraphs',
      ]);
      expect(report.unreadable).toEqual(['Picture: “build”', 'A code block of 2 lines, kept as plain text']);
    });

    it('lists a body headline that only repeats the front matter’s title, and keeps one that differs', async () => {
      const repeated = await importText('---\ntitle: Talks resume\n---\n\n# Talks resume\n\nText.\n');
      expect(repeated.draft.headline).toBe('Talks resume');
      expect(repeated.report.dropped).toEqual([
        { text: 'Talks resume', reason: "repeats the front matter's title" },
      ]);
      const differing = await importText('---\ntitle: Talks resume\n---\n\n# Day one\n\nText.\n');
      expect(differing.draft.body!.content![0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    });

    it('reads a byline in copy as a desk would, and leaves a lede opening with "By" alone', async () => {
      const byline = await importText('# Title\n\nBy Jane Doe and John Roe, Reuters\n\nText.\n');
      expect(byline.draft.bylines).toEqual([
        { name: 'Jane Doe', title: '', organization: 'Reuters' },
        { name: 'John Roe', title: '', organization: 'Reuters' },
      ]);
      const lede = await importText('# Title\n\nBy Monday, officials said the talks would resume.\n');
      expect(lede.draft.bylines).toEqual([]);
      expect(lede.report.recognized).toContain('1 paragraph');
    });

    it('notes a file that is not UTF-8 and reads it as Windows-1252', async () => {
      const bytes = new Uint8Array([...utf8('# Caf'), 0xe9, ...utf8('\n\nText.\n')]);
      const { draft, report } = await markdownImport.import(bytes, context());
      expect(draft.headline).toBe('Café');
      expect(report.recognized).toContain('Read as windows-1252: the file is not UTF-8.');
    });
  });

  describe('bad and hostile input', () => {
    it('refuses an empty file, a blank one and one with nothing a story can hold', async () => {
      expect((await importError('')).message).toBe('The file is empty.');
      expect((await importError('  \n\n\t\n')).message).toBe('The file holds no text.');
      const picture = await importError('![a photo](photo.jpg)\n');
      expect([picture.problem, picture.message]).toEqual([
        'empty',
        'The file holds no story: it has neither a headline nor any text.',
      ]);
    });

    it('refuses a binary file named .md', async () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      expect((await importError(png)).message).toMatch(/not text: it holds binary data/);
    });

    it.each([
      ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'a web page (HTML)'],
      ['<?xml version="1.0"?><nitf><body/></nitf>', 'an XML document'],
      ['{"headline": "x", "body": []}', 'JSON data'],
      ['{\\rtf1\\ansi Hello}', 'an RTF document'],
    ])('refuses another format named .md: %s', async (text, what) => {
      const error = await importError(text);
      expect([error.problem, error.message]).toEqual([
        'wrong-format',
        `"story.md" is named as Markdown but holds ${what}.`,
      ]);
    });

    it('shows raw HTML as the text it is and never keeps a script, a handler or a javascript: link', async () => {
      const { draft } = await importText(
        [
          '# Title',
          '',
          '<script>alert(1)</script>',
          '',
          '<img src=x onerror="alert(1)">',
          '',
          '[click](javascript:alert(1)) and [data](data:text/html,<b>x</b>) and [ok](https://example.org)',
          '',
        ].join('\n'),
      );
      const nodes = allNodes(draft.body!);
      const texts = nodes.map((node) => node.text ?? '').join('\n');
      expect(texts).toContain('<script>alert(1)</script>');
      expect(texts).toContain('<img src=x onerror="alert(1)">');
      const hrefs = nodes.flatMap((node) => (node.marks ?? []).map((mark) => mark.attrs?.href));
      expect(hrefs).toEqual(['https://example.org']);
      expect(nodes.map((node) => node.type)).not.toContain('script');
    });

    it('reads quotes nested past Markdown’s limit, and refuses lists nested deeper than a story can be', async () => {
      const quotes = await importText(`# Deep\n\n${'> '.repeat(5000)}words\n`);
      expect(quotes.draft.headline).toBe('Deep');
      const lists = Array.from({ length: 3000 }, (_, at) => `${' '.repeat(at * 2)}- item`).join('\n');
      const error = await importError(`# Deep\n\n${lists}\n`);
      expect([error.problem, error.message]).toEqual([
        'unreadable',
        'The story in it cannot be kept: The story body is nested deeper than 64 levels.',
      ]);
    });

    it('never throws anything but an ImportError, whatever the bytes', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          await markdownImport.import(bytes, context()).catch((error: unknown) => {
            expect(error).toBeInstanceOf(ImportError);
          });
        }),
        { numRuns: 300 },
      );
    });

    it('never throws anything but an ImportError, whatever Markdown-looking text it is given', async () => {
      const piece = fc.constantFrom(
        '# ',
        '## ',
        '> ',
        '- ',
        '1. ',
        '---\n',
        'title: x\n',
        '_',
        '**',
        '~~',
        '[a](',
        ')',
        '\n',
        '\n\n',
        '— ',
        '―',
        'By ',
        'KHERSON — ',
        '"Yes," she said. ',
        '`',
        '```\n',
        '![x](y)',
        '|',
        'Reporting by A',
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }),
          async (pieces) => {
            await importText(pieces.join('')).catch((error: unknown) => {
              expect(error).toBeInstanceOf(ImportError);
            });
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
