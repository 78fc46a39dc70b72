/**
 * DOCX export. Golden files (`golden/docx/*.document.xml`, `every-block.core.xml`): the package's
 * `word/document.xml` and core properties, indented by xmllint. The zip itself is byte-for-byte stable too
 * (its entries carry the story's time, see the test below), but a golden of zip bytes could not be read.
 *
 * Checked by eye in the golden files, and in LibreOffice's rendering of both stories as PDF:
 * - Title, Subtitle and one Byline paragraph per byline head the story; the lede opens with the dateline
 *   run in the Dateline character style ("KHERSON, Ukraine, Nov. 24 (AP) —", "ISTANBUL, Turkey —").
 * - Subheads are Heading2/Heading3; the bulleted and numbered lists are ListParagraph paragraphs with
 *   their own numbering (the numbered one in its own w:num, decimal, from 1).
 * - Each quote paragraph is in Quote (the pull quote in IntenseQuote, centred), followed by one
 *   QuoteAttribution paragraph: "— Volodymyr Zelensky, Ukrainian President, at a press conference", each
 *   field in a character style of its own (QuoteSpeaker, QuoteSpeakerTitle, ...) that changes nothing on the
 *   page; bylines likewise (BylineName, BylineTitle, BylineOrganization), so the DOCX import reads them back.
 * - Bold, italic, underline and strike are run properties; the link is a w:hyperlink to rIdLink1, whose
 *   relationship targets https://example.org/report as External.
 * - The Greek line break is a w:br; "& <tags> stay "text"" is escaped; the rule is a bottom border on a
 *   paragraph in the HorizontalRule style.
 * - Credits are Credit paragraphs at the end; no editor's note or desk note anywhere.
 * - core.xml: title, subject, creator, keywords, category, language, id, status, revision and the
 *   story's own created and modified times.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docxFormat, storyDocx } from '@shared/export/formats/docx';
import type { ExportStory } from '@shared/export/model/exportStory';
import { toExportStory } from '@shared/export/model/toExportStory';
import { xmlChars } from '@shared/export/xml/xmlChars';
import type { XmlFile } from '../docx/docxParts';
import { docxParagraphs, docxParts, expectWellFormed, formattedXml, part } from '../docx/docxParts';
import { arbitraryStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { noResources } from '../support/noResources';
import { everyBlockStory, sampleStory } from '../support/stories';

const DOCUMENT = 'word/document.xml';
/** The parts that carry the story's own text or settings; the rest are the same for every story. */
const STORY_PARTS = [
  DOCUMENT,
  'docProps/core.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/numbering.xml',
];

async function exported(story: ExportStory) {
  const parts = await docxParts(await storyDocx(story));
  return { parts, paragraphs: docxParagraphs(part(parts, DOCUMENT)) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('docx export', () => {
  it('matches the reviewed golden files for the sample story and the story with every block', async () => {
    const sample = await exported(toExportStory(sampleStory()));
    const every = await exported(toExportStory(everyBlockStory()));

    expectGolden('docx/sample.document.xml', await formattedXml(part(sample.parts, DOCUMENT)));
    expectGolden('docx/every-block.document.xml', await formattedXml(part(every.parts, DOCUMENT)));
    expectGolden('docx/every-block.core.xml', await formattedXml(part(every.parts, 'docProps/core.xml')));
  });

  it("puts each block in Word's own style, the dateline leading the lede and each quote's attribution after it", async () => {
    const { paragraphs } = await exported(toExportStory(everyBlockStory()));

    expect(paragraphs.map(({ style, text }) => [style, text])).toEqual([
      ['Title', 'Every block: a test story'],
      ['Subtitle', 'Subheads, lists, quotes, credits and a rule'],
      ['Byline', 'By Olena Kovalenko, Kyiv Bureau Chief, Copydesk News'],
      ['Byline', 'By Giorgos Papadopoulos'],
      [
        'Normal',
        'KHERSON, Ukraine, Nov. 24 (AP) — Officials said on Monday that three people were injured, according to the regional office.',
      ],
      ['Heading2', 'What was agreed'],
      ['ListParagraph', 'A prisoner exchange'],
      ['ListParagraph', 'Talks on children'],
      ['ListParagraph', 'First, a ceasefire'],
      ['ListParagraph', 'Then, a summit'],
      ['Quote', 'We must put an end to this war.'],
      ['Quote', 'It starts with a meeting.'],
      ['QuoteAttribution', '— Volodymyr Zelensky, Ukrainian President, at a press conference'],
      ['Heading3', 'Reaction in Athens'],
      ['Normal', 'Ο υπουργός είπε\n«Ειρήνη τώρα», & <tags> stay "text"'],
      ['IntenseQuote', 'Нет оснований ожидать чудес.'],
      ['QuoteAttribution', '— Dmitri Peskov, spokesperson, Kremlin'],
      ['HorizontalRule', ''],
      ['Normal', 'The talks continue on Friday.'],
      ['Credit', 'Reporting by Olena Kovalenko in Kherson'],
      ['Credit', 'Editing by Sam Editor, Copydesk News'],
    ]);
    expect(paragraphs[4]!.xml).toMatch(
      /^<w:p><w:r><w:rPr><w:rStyle w:val="Dateline"\/><\/w:rPr><w:t[^>]*>KHERSON/,
    );
    expect(paragraphs[17]!.xml).toContain('<w:pBdr><w:bottom w:val="single"');
  });

  it('names the parts of bylines and attributions with character styles that leave the page as it was', async () => {
    const { parts, paragraphs } = await exported(toExportStory(everyBlockStory()));
    const styled = (xml: string) =>
      [...xml.matchAll(/<w:r><w:rPr><w:rStyle w:val="(\w+)"\/><\/w:rPr><w:t[^>]*>([^<]*)<\/w:t>/g)].map(
        ([, style, text]) => [style, text],
      );
    const styles = part(parts, 'word/styles.xml');

    expect(styled(paragraphs[2]!.xml)).toEqual([
      ['BylineName', 'Olena Kovalenko'],
      ['BylineTitle', 'Kyiv Bureau Chief'],
      ['BylineOrganization', 'Copydesk News'],
    ]);
    expect(styled(paragraphs[16]!.xml)).toEqual([
      ['QuoteSpeaker', 'Dmitri Peskov'],
      ['QuoteSpeakerTitle', 'spokesperson'],
      ['QuoteSpeakerOrganization', 'Kremlin'],
    ]);
    for (const id of ['BylineName', 'QuoteSpeaker', 'QuoteContext']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0];
      expect(style, id).toContain('w:type="character"');
      expect(style, id).not.toContain('<w:rPr>');
    }
  });

  it("defines the styles under Word's built-in names, with the subheads at outline levels for the navigation pane", async () => {
    const styles = part((await exported(toExportStory(everyBlockStory()))).parts, 'word/styles.xml');
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0];

    for (const [id, name] of [
      ['Title', 'Title'],
      ['Subtitle', 'Subtitle'],
      ['Heading2', 'heading 2'],
      ['Heading3', 'heading 3'],
      ['Quote', 'Quote'],
      ['IntenseQuote', 'Intense Quote'],
    ]) {
      expect(style(id!), id).toContain(`<w:name w:val="${name}"/>`);
    }
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(style('Heading3')).toContain('<w:outlineLvl w:val="2"/>');
    expect(style('Quote')).toContain('<w:ind w:left="864" w:right="864"/>');
    expect(style('Quote')).toContain('<w:i/>');
    expect(style('Dateline')).toContain('<w:b/>');
  });

  it('numbers each list on its own: bullets as bullets, a numbered list from its own first number', async () => {
    const story = toExportStory(everyBlockStory());
    const list = story.blocks.find((block) => block.kind === 'list' && block.ordered)!;
    Object.assign(list, { start: 4 });
    const { parts, paragraphs } = await exported(story);
    const numbering = part(parts, 'word/numbering.xml');
    const numId = (text: string) =>
      /<w:numId w:val="(\d+)"\/>/.exec(paragraphs.find((p) => p.text === text)!.xml)![1];

    expect(numId('A prisoner exchange')).toBe(numId('Talks on children'));
    expect(numId('First, a ceasefire')).toBe(numId('Then, a summit'));
    expect(numId('First, a ceasefire')).not.toBe(numId('A prisoner exchange'));
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="4"\/><w:numFmt w:val="decimal"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/><w:lvlText w:val="•"\/>/);
  });

  it('makes links real hyperlinks, numbered in reading order so the file repeats', async () => {
    const { parts, paragraphs } = await exported(toExportStory(everyBlockStory()));

    expect(paragraphs[4]!.xml).toContain('<w:hyperlink w:history="1" r:id="rIdLink1">');
    expect(part(parts, 'word/_rels/document.xml.rels')).toContain(
      '<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/report" TargetMode="External"/>',
    );
  });

  it("sets the core properties from the story: title, creators, keywords, language and the story's own times", async () => {
    const core = part((await exported(toExportStory(everyBlockStory()))).parts, 'docProps/core.xml');

    expect(core).toContain('<dc:title>Every block: a test story</dc:title>');
    expect(core).toContain('<dc:creator>Olena Kovalenko; Giorgos Papadopoulos</dc:creator>');
    expect(core).toContain('<cp:keywords>Ukraine; Greece</cp:keywords>');
    expect(core).toContain('<dc:language>en</dc:language>');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-24T08:15:00.000Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-24T09:40:30.000Z</dcterms:modified>',
    );
  });

  it('never carries the editor’s note or the desk notes', async () => {
    const bytes = await docxFormat.export(toExportStory(everyBlockStory()), noResources, { textWidth: null });
    const text = [...(await docxParts(bytes)).values()].join('\n');

    expect(text).toContain('Every block: a test story');
    expect(text).not.toContain('EDITOR NOTE');
    expect(text).not.toContain('DESK NOTE');
  });

  it('gives the same bytes for the same story, whenever and in whatever time zone it runs', async () => {
    const story = toExportStory(sampleStory());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = await storyDocx(story);
    vi.setSystemTime(new Date('2031-06-15T13:37:11Z'));
    const second = await storyDocx(story);

    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const zip = await JSZip.loadAsync(first);
    // JSZip reads a zip's times as local times; their UTC fields are the story's update, 09:40:30.
    const times = Object.values(zip.files).map((file) => file.date.toISOString());
    expect(new Set(times)).toEqual(new Set(['2026-11-24T09:40:30.000Z']));
  });

  it('refuses a story whose time is not a time, before writing anything', async () => {
    const story = { ...toExportStory(sampleStory()), updatedAt: 'yesterday' };

    await expect(storyDocx(story)).rejects.toThrow(
      'The story\'s update time "yesterday" is not an ISO 8601 date-time with a time zone.',
    );
  });

  it('stays well-formed whatever Unicode any field holds, keeping every character XML allows', async () => {
    // Checked with xmllint once for all the runs at the end: it takes a tenth of a second to start.
    const files: XmlFile[] = [];
    await fc.assert(
      fc.asyncProperty(arbitraryStory, async (story) => {
        const parts = await docxParts(await storyDocx(story));
        const run = files.length / STORY_PARTS.length;
        for (const path of STORY_PARTS) {
          files.push({ fileName: `run-${run}-${path.replace(/\W/g, '_')}`, contents: part(parts, path) });
        }
        const paragraphs = docxParagraphs(part(parts, DOCUMENT));
        if (story.headline) {
          expect(paragraphs[0]).toEqual(
            expect.objectContaining({ style: 'Title', text: xmlChars(story.headline) }),
          );
        }
      }),
      { numRuns: 60 },
    );
    await expectWellFormed(files);
  }, 60_000);
});

const run = promisify(execFile);

/** LibreOffice's command, or null where it is not installed. */
function soffice(): string | null {
  const found = (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'soffice'))
    .find((path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  return found ?? null;
}

const office = soffice();
// In CI (.ci/run installs it) a missing LibreOffice fails the check rather than skipping it unnoticed.
const skipOffice = !office && process.env.CI !== 'true';
if (skipOffice) {
  console.warn(
    'Skipping the LibreOffice check of the DOCX export: soffice is not installed ' +
      '(apt-get install -y --no-install-recommends libreoffice-writer-nogui).',
  );
}

describe.skipIf(skipOffice)('docx export in LibreOffice', () => {
  it('opens in LibreOffice, which reads back the headline, the Greek and Cyrillic and a quote with its speaker', async () => {
    if (!office) throw new Error('LibreOffice (soffice) is missing: .ci/run should have installed it.');
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-docx-'));
    try {
      writeFileSync(join(dir, 'story.docx'), await storyDocx(toExportStory(everyBlockStory())));
      // A profile of its own, so a LibreOffice already running for someone else is not asked instead.
      await run(
        office,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          dir,
          join(dir, 'story.docx'),
        ],
        { timeout: 120_000 },
      );
      const text = readFileSync(join(dir, 'story.txt'), 'utf8');

      expect(text).toContain('Every block: a test story');
      expect(text).toContain('KHERSON, Ukraine, Nov. 24 (AP) — Officials said on Monday');
      expect(text).toContain('We must put an end to this war.');
      expect(text).toContain('— Volodymyr Zelensky, Ukrainian President, at a press conference');
      expect(text).toContain('«Ειρήνη τώρα», & <tags> stay "text"');
      expect(text).toContain('Нет оснований ожидать чудес.');
      expect(text).not.toContain('EDITOR NOTE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
