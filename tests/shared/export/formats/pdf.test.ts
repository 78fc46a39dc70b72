/**
 * PDF proof. Golden files: the PDF bytes themselves (`golden/pdf/*.pdf`: the proof is byte-for-byte
 * stable) and, to be read, the text pdf.js extracts from them (`golden/pdf/*.txt`, one line per baseline).
 *
 * Checked by eye in the text goldens and in the pages rendered with pdftoppm:
 * - A4, 72-point side margins; a grey line "Copydesk proof · World · Revision 7 · Updated … UTC" (and the
 *   embargo in bold red), then the headline large and bold, the subheadline in grey, one bold line per byline.
 * - The lede opens with the dateline in bold: "ISTANBUL, Turkey — Ukraine and Russia held…", "KHERSON,
 *   Ukraine, Nov. 24 (AP) — Officials said…"; paragraphs wrap ragged-right within the measure.
 * - Subheads bold in blue; bullets and numbers hang left of the list's text.
 * - Quotes indented, in italic, with a grey rule at their side running down to the attribution line
 *   "— Volodymyr Zelensky, Ukrainian President, at a press conference"; the pull quote larger, centred, with a
 *   blue rule. The Greek and Cyrillic lines are set in DejaVu Serif, not boxes.
 * - Bold, italic, underline and strike show; the link is blue, underlined and clickable.
 * - Credits in small italic at the end; no editor's note or desk note.
 * - Every page's footer: slug and "Page N of M", then "62 words" / "1,234 words" and the status, in bold red
 *   when not approved ("In edit — not approved"), grey when approved.
 */
import fc from 'fast-check';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pdfFormat, storyPdf } from '@shared/export/formats/pdf';
import type { ExportStory } from '@shared/export/model/exportStory';
import { toExportStory } from '@shared/export/model/toExportStory';
import { MARGIN, MEASURE } from '@shared/export/pdf/proofLayout';
import { proofStatus } from '@shared/export/pdf/proofStatus';
import { wordCountLabel } from '@shared/export/pdf/proofFooter';
import { STORY_STATUSES } from '@shared/story/story';
import { longStory } from '../pdf/longStory';
import { PROOF_FONTS } from '../pdf/proofFonts';
import type { ReadPdf } from '../pdf/readPdf';
import { readPdf } from '../pdf/readPdf';
import { arbitraryStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { everyBlockStory, sampleStory } from '../support/stories';

const resources = { pdfFonts: () => Promise.resolve(PROOF_FONTS) };
const RIGHT_EDGE = MARGIN.left + MEASURE;

/** The base names of the fonts a PDF embeds, each with the file of its glyphs. */
async function fontNames(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict)
    .filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .filter((dict) => dict.get(PDFName.of('FontFile2')) !== undefined)
    .map((dict) => (dict.get(PDFName.of('FontName')) as PDFName).decodeText())
    .sort();
}

const proof = async (story: ExportStory) => readPdf(await storyPdf(story, PROOF_FONTS));
const textOf = (pdf: ReadPdf) =>
  pdf.pages.map((page, at) => [`--- page ${at + 1} ---`, ...page.lines].join('\n')).join('\n');
const allText = (pdf: ReadPdf) => pdf.pages.flatMap((page) => page.lines).join('\n');

/** Every piece of text lies inside the page's type area, give or take a hung bullet: none runs off. */
function expectInsideMargins(pdf: ReadPdf): void {
  for (const page of pdf.pages) {
    for (const item of page.items) {
      expect(item.x, item.text).toBeGreaterThanOrEqual(MARGIN.left - 24);
      expect(item.x + item.width, item.text).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
      expect(item.y, item.text).toBeGreaterThan(0);
      expect(item.y, item.text).toBeLessThan(page.height - MARGIN.top + 1);
    }
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('pdf proof', () => {
  it('matches the reviewed golden files for the sample story and the story with every block', async () => {
    for (const [name, story] of [
      ['sample', sampleStory()],
      ['every-block', everyBlockStory()],
    ] as const) {
      const bytes = await storyPdf(toExportStory(story), PROOF_FONTS);
      expectGolden(`pdf/${name}.txt`, `${textOf(await readPdf(bytes))}\n`);
      expectGolden(`pdf/${name}.pdf`, bytes);
    }
  });

  it('sets the headline, the dateline leading the lede, Greek and Cyrillic, and both quotes with their speakers', async () => {
    const every = allText(await proof(toExportStory(everyBlockStory())));
    const sample = allText(await proof(toExportStory(sampleStory())));

    expect(every).toContain('Every block: a test story');
    expect(every).toContain('KHERSON, Ukraine, Nov. 24 (AP) — Officials said on Monday that three');
    expect(every).toContain('Ο υπουργός είπε\n«Ειρήνη τώρα», & <tags> stay "text"');
    expect(every).toContain('Нет оснований ожидать чудес.');
    expect(every).toContain('— Volodymyr Zelensky, Ukrainian President, at a press conference');
    expect(every).toContain('— Dmitri Peskov, spokesperson, Kremlin');
    expect(every).toContain('Reporting by Olena Kovalenko in Kherson');
    expect(sample).toMatch(/^ISTANBUL, Turkey — Ukraine and Russia held peace negotiations/m);
    expect(sample).toContain('— Volodymyr Zelensky, Ukrainian President, during a press conference');
    expect(sample).toContain('— Dmitri Peskov, Kremlin spokesperson');
  });

  it('never carries the editor’s note or the desk notes', async () => {
    const text = allText(await proof(toExportStory(everyBlockStory())));

    expect(text).not.toContain('EDITOR NOTE');
    expect(text).not.toContain('DESK NOTE');
  });

  it('flows a long story over pages, with the slug, page, word count and status in every footer', async () => {
    const story = toExportStory({ ...longStory(6000), status: 'draft' });
    const pdf = await proof(story);

    expect(story.wordCount).toBeGreaterThanOrEqual(6000);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(15);
    pdf.pages.forEach((page, at) => {
      const footer = page.lines.slice(-2);
      expect(footer).toEqual([
        `${story.slug} Page ${at + 1} of ${pdf.pages.length}`,
        `${wordCountLabel(story.wordCount)} Draft — not approved`,
      ]);
    });
    expect(wordCountLabel(story.wordCount)).toMatch(/^\d,\d{3} words$/);
    expectInsideMargins(pdf);
  });

  it('says the status in every footer, as a warning until the story is approved', async () => {
    const approved = await proof(toExportStory(sampleStory()));
    const inEdit = await proof(toExportStory(everyBlockStory()));

    expect(approved.pages[0]!.lines.at(-1)).toBe(`${sampleStory().wordCount} words Approved`);
    expect(inEdit.pages[0]!.lines.at(-1)).toBe(`${everyBlockStory().wordCount} words In edit — not approved`);
    expect(STORY_STATUSES.filter((status) => proofStatus(status).warning)).toEqual([
      'draft',
      'submitted',
      'in-edit',
      'spiked',
    ]);
  });

  it('breaks a word wider than the line, so no line ever runs off the page', async () => {
    const story = toExportStory(everyBlockStory());
    const long = `https://example.org/${'very-long-path-'.repeat(30)}end`;
    story.headline = 'Ο'.repeat(80);
    story.blocks.unshift({
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: long, bold: false, italic: false, underline: false, strike: false, href: null },
      ],
    });
    const pdf = await proof(story);

    expectInsideMargins(pdf);
    expect(allText(pdf).replace(/\n/g, '')).toContain(long);
  });

  it('takes its properties from the story, not the clock: title, author, subject, keywords, dates, language and ID', async () => {
    const story = toExportStory(everyBlockStory());
    const { info, fingerprints } = await proof(story);

    expect(info).toMatchObject({
      Title: 'Every block: a test story',
      Author: 'Olena Kovalenko, Giorgos Papadopoulos',
      Subject: 'Subheads, lists, quotes, credits and a rule',
      Keywords: 'Ukraine, Greece',
      Creator: 'Copydesk',
      CreationDate: 'D:20261124081500Z',
      ModDate: 'D:20261124094030Z',
      Language: 'en',
    });
    expect(fingerprints).toEqual(['0d9e8f7a6b5c4d3e8f1a2b3c4d5e6f70', '0d9e8f7a6b5c4d3e8f1a2b3c00000007']);
  });

  it('gives the same bytes for the same story whenever it runs, with the used faces embedded as subsets', async () => {
    const story = toExportStory(sampleStory());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = await storyPdf(story, PROOF_FONTS);
    vi.setSystemTime(new Date('2031-06-15T13:37:11Z'));
    const second = await pdfFormat.export(story, resources, { textWidth: null });

    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(await fontNames(first)).toEqual([
      'CPDKAA+DejaVuSerif',
      'CPDKAB+DejaVuSerif-Bold',
      'CPDKAC+DejaVuSerif-Italic',
    ]);
  });

  it('refuses fonts it cannot read with a clear error', async () => {
    const broken = { ...PROOF_FONTS, bold: new Uint8Array([1, 2, 3, 4]) };

    await expect(storyPdf(toExportStory(sampleStory()), broken)).rejects.toThrow(
      "The PDF proof's fonts cannot be read",
    );
  });

  it('makes a readable proof whatever Unicode any field holds, every line inside the page', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryStory, async (story) => {
        const pdf = await proof(story);
        expectInsideMargins(pdf);
        for (const page of pdf.pages)
          expect(page.lines.at(-1)).toMatch(new RegExp(`${proofStatus(story.status).label}$`));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
