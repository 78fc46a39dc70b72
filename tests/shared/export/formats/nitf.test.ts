/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.nitf.xml`, `golden/every-block.nitf.xml`):
 * - the root `nitf` in NITF's 2006-10-18 namespace with the version NITF 3.6 fixes and `baselang` "en".
 * - `head`: the title, then `docdata` (management-status `usable` for the approved sample, `withheld` for
 *   the every-block story in edit; doc-id with the story id; urgency = priority; date.issue the update time
 *   in UTC basic form 20261124T094030Z; date.release the embargo only on the every-block story; du-key with
 *   the slug and the revision 7 as its generation; the keywords), `pubdata` with the word count and section.
 * - `body.head`: hl1, and hl2 only where there is a subheadline; one `byline` per person, "By" then the
 *   `person`, and the title with the `org` in `byttl`; the dateline reads "ISTANBUL, Turkey" /
 *   "KHERSON, Ukraine, Nov. 24 (AP)" with city, `country` and `story.date` norm 20261124T000000Z.
 * - `body.content`: the first paragraph marked `lede`, not repeating the dateline; bold, italic and
 *   underline+strike as `em` with those classes; the link as `a`; subheads as `hl2` (class h3 for the
 *   smaller); ul/ol of `li`; each quote a `bq` with quote-source, its paragraphs in `block` and its
 *   attribution as `credit` ("— <person>…</person>, <function>title</function>, <org>…</org>"), the
 *   pull quote of class
 *   pullquote; the rule as `hr`; Greek, Cyrillic, the line break and `&amp; &lt;tags&gt;` escaped once.
 * - `body.end`: one tagline with both credit lines parted by `br`, names as `person`, the organization as
 *   `org`, the place as `location`; no credit inside body.content.
 * - no editor's note or desk note anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { nitf, nitfFormat } from '@shared/export/formats/nitf';
import type { ExportBlock, ExportStory } from '@shared/export/model/exportStory';
import { printedDateline } from '@shared/export/model/printedDateline';
import { toExportStory } from '@shared/export/model/toExportStory';
import { xmlChars } from '@shared/export/xml/xmlChars';
import { validateXmlDocuments } from '../../../../src/main/export/validate/validateXml';
import { arbitraryStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { noResources } from '../support/noResources';
import { everyBlockStory, sampleStory } from '../support/stories';
import { childElements, elements, only, readXml, textOf } from '../xml/readXml';

const sample = () => toExportStory(sampleStory());
const everyBlock = () => toExportStory(everyBlockStory());

function paragraph(text: string): ExportBlock {
  return {
    kind: 'paragraph',
    inlines: [
      { kind: 'text', text, bold: false, italic: false, underline: false, strike: false, href: null },
    ],
  };
}

describe('NITF 3.6', () => {
  it('matches the reviewed golden files', () => {
    expectGolden('sample.nitf.xml', nitf(sample()));
    expectGolden('every-block.nitf.xml', nitf(everyBlock()));
  });

  it('validates against the official NITF 3.6 schema', async () => {
    const results = await validateXmlDocuments([nitf(sample()), nitf(everyBlock())], 'nitf');
    expect(results).toEqual([
      { valid: true, problems: [] },
      { valid: true, problems: [] },
    ]);
  });

  it('carries the document metadata in head', () => {
    const document = readXml(nitf(everyBlock()));
    const root = document;

    expect(root.attributes.get('xmlns')).toBe('http://iptc.org/std/NITF/2006-10-18/');
    expect(root.attributes.get('version')).toBe('-//IPTC//DTD NITF 3.6//EN');
    expect(textOf(only(document, 'title'))).toBe('Every block: a test story');
    expect(only(document, 'docdata').attributes.get('management-status')).toBe('withheld');
    expect(only(document, 'doc-id').attributes.get('id-string')).toBe('0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70');
    expect(only(document, 'urgency').attributes.get('ed-urg')).toBe('3');
    expect(only(document, 'date.issue').attributes.get('norm')).toBe('20261124T094030Z');
    expect(only(document, 'date.release').attributes.get('norm')).toBe('20261125T060000Z');
    expect(only(document, 'du-key').attributes.get('generation')).toBe('7');
    expect(elements(document, 'keyword').map((keyword) => keyword.attributes.get('key'))).toEqual([
      'Ukraine',
      'Greece',
    ]);
    expect(only(document, 'pubdata').attributes.get('item-length')).toBe(String(everyBlock().wordCount));
    expect(only(document, 'pubdata').attributes.get('position.section')).toBe('World');
  });

  it('carries headline, bylines and the dateline in body.head', () => {
    const story = everyBlock();
    const document = readXml(nitf(story));
    const head = only(document, 'body.head');

    expect(textOf(only(head, 'hl1'))).toBe(story.headline);
    expect(textOf(only(head, 'hl2'))).toBe(story.subheadline);
    const bylines = elements(head, 'byline');
    expect(bylines.map((byline) => textOf(byline))).toEqual([
      'By Olena Kovalenko, Kyiv Bureau Chief, Copydesk News',
      'By Giorgos Papadopoulos',
    ]);
    expect(textOf(only(bylines[0]!, 'person'))).toBe('Olena Kovalenko');
    expect(textOf(only(bylines[0]!, 'org'))).toBe('Copydesk News');
    expect(elements(bylines[1]!, 'byttl')).toHaveLength(0);

    const dateline = only(head, 'dateline');
    expect(`${textOf(dateline)} —`).toBe(story.dateline!.line);
    expect(textOf(only(dateline, 'city'))).toBe('KHERSON');
    expect(textOf(only(dateline, 'country'))).toBe('Ukraine');
    expect(only(dateline, 'story.date').attributes.get('norm')).toBe('20261124T000000Z');
    expect(textOf(only(dateline, 'story.date'))).toBe('Nov. 24');
  });

  it('carries the blocks in body.content: lede, marks, links, subheads, lists, quotes, rule', () => {
    const story = everyBlock();
    const content = only(readXml(nitf(story)), 'body.content');
    const kinds = childElements(content).map((child) => child.name);

    expect(kinds).toEqual(['p', 'hl2', 'ul', 'ol', 'bq', 'hl2', 'p', 'bq', 'hr', 'p']);
    const [lede] = elements(content, 'p');
    expect(lede!.attributes.get('lede')).toBe('true');
    expect(textOf(lede!)).not.toContain('KHERSON');
    expect(elements(lede!, 'em').map((em) => [em.attributes.get('class'), textOf(em)])).toEqual([
      ['bold', 'three'],
      ['italic', 'injured'],
    ]);
    expect(only(lede!, 'a').attributes.get('href')).toBe('https://example.org/report');
    expect(elements(content, 'hl2').map((hl2) => hl2.attributes.get('class'))).toEqual([undefined, 'h3']);
    expect(elements(only(content, 'ul'), 'li').map((li) => textOf(li))).toEqual([
      'A prisoner exchange',
      'Talks on children',
    ]);

    const [said, pulled] = elements(content, 'bq');
    expect(said!.attributes.get('quote-source')).toBe('Volodymyr Zelensky');
    expect(said!.attributes.get('class')).toBeUndefined();
    expect(elements(only(said!, 'block'), 'p')).toHaveLength(2);
    expect(textOf(only(said!, 'credit'))).toBe(
      '— Volodymyr Zelensky, Ukrainian President, at a press conference',
    );
    expect(pulled!.attributes.get('class')).toBe('pullquote');
    expect(textOf(only(pulled!, 'person'))).toBe('Dmitri Peskov');
    expect(textOf(only(pulled!, 'org'))).toBe('Kremlin');
    expect(textOf(content)).toContain('«Ειρήνη τώρα», & <tags> stay "text"');
    expect(elements(content, 'br')).toHaveLength(1);
  });

  it('gives every quote attribution and credit line the shared formatting, word for word', () => {
    const story = everyBlock();
    const document = readXml(nitf(story));
    const attributions = story.blocks.flatMap((block) =>
      block.kind === 'quote' ? [block.attribution.line] : [],
    );
    const credits = story.blocks.flatMap((block) => (block.kind === 'credit' ? [block.credit.line] : []));

    expect(elements(document, 'credit').map((credit) => textOf(credit))).toEqual(attributions);
    const tagline = only(only(document, 'body.end'), 'tagline');
    const lines = [''];
    for (const child of tagline.children) {
      if (typeof child !== 'string' && child.name === 'br') lines.push('');
      else lines[lines.length - 1] += textOf(child);
    }
    expect(lines).toEqual(credits);
  });

  it('marks each credit line’s names, organization and place, so a reader takes them back as they were', () => {
    const tagline = only(only(readXml(nitf(everyBlock())), 'body.end'), 'tagline');

    expect(elements(tagline, 'person').map(textOf)).toEqual(['Olena Kovalenko', 'Sam Editor']);
    expect(elements(tagline, 'org').map(textOf)).toEqual(['Copydesk News']);
    expect(elements(tagline, 'location').map(textOf)).toEqual(['Kherson']);
  });

  it('tells a state or province from a country in the dateline', () => {
    const regionOf = (region: string) => {
      const story = { ...sample(), dateline: { city: 'X', region, date: '', source: '', line: '' } };
      const location = only(readXml(nitf(story)), 'location');
      return childElements(location)[1]!.name;
    };

    expect(regionOf('Calif.')).toBe('state');
    expect(regionOf('Texas')).toBe('state');
    expect(regionOf('Nova Scotia')).toBe('state');
    expect(regionOf('Ukraine')).toBe('country');
    expect(regionOf('Georgia')).toBe('country');
  });

  it('moves credit lines anywhere in the body to the tagline, and writes nested and numbered lists', () => {
    const credit: ExportBlock = {
      kind: 'credit',
      credit: { kind: 'source', names: 'AP', organization: '', place: '', line: 'Source: AP' },
    };
    const nested: ExportBlock = {
      kind: 'list',
      ordered: true,
      start: 3,
      items: [[paragraph('one'), { kind: 'list', ordered: false, start: 1, items: [[paragraph('a')]] }]],
    };
    const story = { ...sample(), blocks: [credit, paragraph('Lede.'), nested] };
    const document = readXml(nitf(story));

    expect(textOf(only(document, 'tagline'))).toBe('Source: AP');
    expect(childElements(only(document, 'body.content')).map((child) => child.name)).toEqual(['p', 'ol']);
    const list = only(document, 'ol');
    expect(list.attributes.get('seqnum')).toBe('3');
    expect(childElements(elements(list, 'li')[0]!).map((child) => child.name)).toEqual(['p', 'ul']);
  });

  it('keeps the words of a link it cannot trust, without the link', () => {
    const run = {
      kind: 'text' as const,
      text: 'click',
      bold: false,
      italic: false,
      underline: false,
      strike: false,
    };
    const story = {
      ...sample(),
      blocks: [{ kind: 'paragraph' as const, inlines: [{ ...run, href: 'javascript:alert(1)' }] }],
    };
    const xml = nitf(story);

    expect(xml).toContain('<p lede="true">click</p>');
    expect(xml).not.toContain('javascript');
  });

  it('leaves out what a story does not have', () => {
    const story: ExportStory = {
      ...sample(),
      subheadline: '',
      bylines: [{ name: '  ', title: 'Nobody', organization: '' }],
      dateline: null,
      keywords: [],
      section: '',
      embargo: null,
      headline: '',
      blocks: [],
    };
    const document = readXml(nitf(story));

    for (const absent of [
      'title',
      'hl2',
      'byline',
      'dateline',
      'key-list',
      'date.release',
      'body.end',
      'bq',
    ]) {
      expect(elements(document, absent), absent).toHaveLength(0);
    }
    expect(textOf(only(document, 'hl1'))).toBe('');
    expect(only(document, 'pubdata').attributes.has('position.section')).toBe(false);
    expect(only(document, 'docdata').attributes.get('management-status')).toBe('usable');
  });

  it('states the publication status as the other IPTC exports do, embargoed while waiting', () => {
    const statusOf = (story: ExportStory) =>
      only(readXml(nitf(story)), 'docdata').attributes.get('management-status');

    expect(statusOf({ ...sample(), embargo: '2026-12-01T00:00:00Z' })).toBe('embargoed');
    expect(statusOf({ ...sample(), status: 'spiked' })).toBe('canceled');
    expect(statusOf({ ...sample(), status: 'draft', embargo: '2026-12-01T00:00:00Z' })).toBe('withheld');
    expect(only(readXml(nitf({ ...sample(), priority: 9 })), 'urgency').attributes.get('ed-urg')).toBe('8');
  });

  it('never carries an editor’s note or the desk notes', () => {
    const xml = nitf(everyBlock());

    expect(xml).not.toContain('EDITOR NOTE');
    expect(xml).not.toContain('DESK NOTE');
    expect(xml).not.toContain('ed-msg');
    expect(xml).not.toContain('editorsnote');
  });

  it('is the format the registry offers: UTF-8 bytes of the same document, named .nitf.xml', async () => {
    const bytes = await nitfFormat.export(sample(), noResources, DEFAULT_EXPORT_OPTIONS);

    expect(nitfFormat).toMatchObject({
      id: 'nitf',
      label: 'NITF 3.6',
      fileSuffix: '.nitf.xml',
      mediaType: 'application/xml',
      isText: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe(nitf(sample()));
  });

  it('refuses a story it cannot describe, with a clear error and no document', async () => {
    const bad: [Partial<ExportStory>, RegExp][] = [
      [{ updatedAt: 'yesterday' }, /update time "yesterday" is not an ISO 8601 date-time/],
      [{ embargo: '2026-13-45T99:00:00Z' }, /embargo .* is not an ISO 8601 date-time/],
      [{ priority: 0 }, /priority 0 is not a whole number from 1 to 9/],
      [{ revision: 1.5 }, /revision 1.5 is not a whole number/],
      [{ wordCount: -1 }, /word count -1 is not a whole number/],
      [{ language: 'en GB' }, /language "en GB" is not a language tag/],
    ];
    for (const [change, message] of bad) {
      expect(() => nitf({ ...sample(), ...change })).toThrow(message);
      await expect(
        nitfFormat.export({ ...sample(), ...change }, noResources, DEFAULT_EXPORT_OPTIONS),
      ).rejects.toThrow(RangeError);
    }
  });

  it('writes any Unicode in any field as the field says, less what XML forbids (property)', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        const document = readXml(nitf(story));
        expect(textOf(only(document, 'hl1'))).toBe(xmlChars(story.headline));
        const quotes = story.blocks.flatMap((block) =>
          block.kind === 'quote' ? [block.attribution.line] : [],
        );
        expect(elements(document, 'credit').map((credit) => textOf(credit))).toEqual(
          quotes.filter(Boolean).map(xmlChars),
        );
        const dateline = elements(document, 'dateline')[0];
        const line = story.dateline?.line ?? '';
        expect(dateline ? textOf(dateline) : '').toBe(xmlChars(line ? printedDateline(line) : ''));
      }),
      { numRuns: 200 },
    );
  });

  it('stays valid against the official schema whatever Unicode any field holds (property)', async () => {
    // One xmllint run checks a batch (one schema compile), so each run of the property costs ~0.2 s.
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryStory, { minLength: 20, maxLength: 20 }), async (stories) => {
        const results = await validateXmlDocuments(stories.map(nitf), 'nitf');
        results.forEach((result, at) =>
          expect(result, JSON.stringify(stories[at])).toEqual({ valid: true, problems: [] }),
        );
      }),
      { numRuns: 5 },
    );
  });
});
