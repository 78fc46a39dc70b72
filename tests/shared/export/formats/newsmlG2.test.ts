/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.newsml-g2.xml`, `golden/every-block.newsml-g2.xml`):
 * - `newsItem` in NewsML-G2's namespace, guid `urn:newsml:copydesk.local:20261124:<story id>`, version 7,
 *   standard NewsML-G2, standardversion 2.35, conformance power, xml:lang en; IPTC's catalog reference.
 * - `itemMeta`: ninat:text, the provider, versionCreated the update time and firstCreated the creation time
 *   in UTC, `embargoed` only on the every-block story, pubStatus usable (approved sample) / withheld (in edit).
 * - `contentMeta`: urgency = priority, contentCreated/Modified, `located` Istanbul in Turkey / Kherson in
 *   Ukraine as city with a broader country (as written, not capitals), one `creator` per byline with the
 *   organization as affiliation, language, keywords, the section as a subject, slugline, headline, the
 *   subheadline as the summary description (every-block only), the dateline "KHERSON, Ukraine, Nov. 24
 *   (AP)" without the dash, `by` the desk's list of people without the "By" (as every format lists them:
 *   "Olena Kovalenko, Kyiv Bureau Chief, Copydesk News, and Giorgos Papadopoulos"), each credit line as a
 *   `creditline`.
 * - `contentSet/inlineXML` (application/nitf+xml, NITF 3.6, the word count) holds exactly the NITF export,
 *   indented one level deeper. No editor's or desk note anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { newsmlG2, newsmlG2Format } from '@shared/export/formats/newsmlG2';
import { nitf } from '@shared/export/formats/nitf';
import { bylinePeople } from '@shared/export/model/bylineParts';
import type { ExportStory } from '@shared/export/model/exportStory';
import { toExportStory } from '@shared/export/model/toExportStory';
import { xmlChars } from '@shared/export/xml/xmlChars';
import { validateXml, validateXmlDocuments } from '../../../../src/main/export/validate/validateXml';
import { arbitraryStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { noResources } from '../support/noResources';
import { everyBlockStory, sampleStory } from '../support/stories';
import type { ReadElement } from '../xml/readXml';
import { childElements, elements, only, readXml, textOf } from '../xml/readXml';

const sample = () => toExportStory(sampleStory());
const everyBlock = () => toExportStory(everyBlockStory());
const child = (parent: ReadElement, name: string) =>
  childElements(parent).find((found) => found.name === name);

describe('NewsML-G2 2.35', () => {
  it('matches the reviewed golden files', () => {
    expectGolden('sample.newsml-g2.xml', newsmlG2(sample()));
    expectGolden('every-block.newsml-g2.xml', newsmlG2(everyBlock()));
  });

  it('validates against the official schema, the NITF it carries included', async () => {
    const results = await validateXmlDocuments([newsmlG2(sample()), newsmlG2(everyBlock())], 'newsml-g2');
    expect(results).toEqual([
      { valid: true, problems: [] },
      { valid: true, problems: [] },
    ]);
  });

  it('has its NITF checked strictly: a broken NITF inside makes the item invalid', async () => {
    const broken = newsmlG2(sample()).replace('<hl1>', '<hl9>').replace('</hl1>', '</hl9>');
    const result = await validateXml(broken, 'newsml-g2');

    expect(result.valid).toBe(false);
    expect(result.problems[0]!.message).toMatch(/nitf:hl9/);
    expect(broken.split('\n')[result.problems[0]!.line! - 1]).toContain('<hl9>');
  });

  it('identifies the item and its version, and manages it', () => {
    const item = readXml(newsmlG2(everyBlock()));

    expect(Object.fromEntries(item.attributes)).toEqual({
      xmlns: 'http://iptc.org/std/nar/2006-10-01/',
      guid: 'urn:newsml:copydesk.local:20261124:0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
      version: '7',
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      'xml:lang': 'en',
    });
    const meta = only(item, 'itemMeta');
    expect(only(meta, 'itemClass').attributes.get('qcode')).toBe('ninat:text');
    expect(textOf(only(meta, 'versionCreated'))).toBe('2026-11-24T09:40:30Z');
    expect(textOf(only(meta, 'firstCreated'))).toBe('2026-11-24T08:15:00Z');
    expect(textOf(only(meta, 'embargoed'))).toBe('2026-11-25T06:00:00Z');
    expect(only(meta, 'pubStatus').attributes.get('qcode')).toBe('stat:withheld');
  });

  it('describes the content in contentMeta', () => {
    const story = everyBlock();
    const meta = only(readXml(newsmlG2(story)), 'contentMeta');

    expect(textOf(only(meta, 'urgency'))).toBe('3');
    expect(textOf(only(meta, 'contentCreated'))).toBe('2026-11-24T08:15:00Z');
    expect(textOf(only(meta, 'contentModified'))).toBe('2026-11-24T09:40:30Z');
    const located = only(meta, 'located');
    expect(textOf(child(located, 'name')!)).toBe('Kherson');
    expect(only(located, 'broader').attributes.get('type')).toBe('cptype:country');
    expect(textOf(only(only(located, 'broader'), 'name'))).toBe('Ukraine');
    const creators = elements(meta, 'creator');
    expect(creators.map((creator) => textOf(child(creator, 'name')!))).toEqual([
      'Olena Kovalenko',
      'Giorgos Papadopoulos',
    ]);
    expect(textOf(only(only(creators[0]!, 'affiliation'), 'name'))).toBe('Copydesk News');
    expect(only(meta, 'language').attributes.get('tag')).toBe('en');
    expect(elements(meta, 'keyword').map(textOf)).toEqual(['Ukraine', 'Greece']);
    expect(textOf(only(only(meta, 'subject'), 'name'))).toBe('World');
    expect(textOf(only(meta, 'slugline'))).toBe('every-block-test-story');
    expect(textOf(only(meta, 'headline'))).toBe(story.headline);
    expect(only(meta, 'description').attributes.get('role')).toBe('drol:summary');
    expect(textOf(only(meta, 'description'))).toBe(story.subheadline);
    expect(textOf(only(meta, 'dateline'))).toBe('KHERSON, Ukraine, Nov. 24 (AP)');
    expect(textOf(only(meta, 'by'))).toBe(
      'Olena Kovalenko, Kyiv Bureau Chief, Copydesk News, and Giorgos Papadopoulos',
    );
    expect(elements(meta, 'creditline').map(textOf)).toEqual([
      'Reporting by Olena Kovalenko in Kherson',
      'Editing by Sam Editor, Copydesk News',
    ]);
  });

  it('carries exactly the NITF export in inlineXML', () => {
    const story = everyBlock();
    const xml = newsmlG2(story);
    const inline = only(readXml(xml), 'inlineXML');

    expect(Object.fromEntries(inline.attributes)).toEqual({
      contenttype: 'application/nitf+xml',
      contenttypestandardversion: '3.6',
      wordcount: String(story.wordCount),
    });
    const nitfLines = nitf(story).split('\n').slice(1, -1);
    expect(xml).toContain(nitfLines.map((line) => `      ${line}`).join('\n'));
  });

  it('tells a state or province from a country where the story was written', () => {
    const broaderOf = (region: string) => {
      const story = { ...sample(), dateline: { city: 'X', region, date: '', source: '', line: 'X —' } };
      return only(readXml(newsmlG2(story)), 'broader').attributes.get('type');
    };

    expect(broaderOf('Calif.')).toBe('cptype:statprov');
    expect(broaderOf('Ontario')).toBe('cptype:statprov');
    expect(broaderOf('Ukraine')).toBe('cptype:country');
  });

  it('leaves out what a story does not have', () => {
    const story: ExportStory = {
      ...sample(),
      subheadline: '',
      headline: '',
      bylines: [],
      dateline: null,
      keywords: [],
      section: '',
      slug: '',
      embargo: null,
      blocks: [],
    };
    const item = readXml(newsmlG2(story));

    for (const absent of [
      'embargoed',
      'located',
      'creator',
      'keyword',
      'subject',
      'slugline',
      'headline',
      'description',
      'dateline',
      'by',
      'creditline',
    ]) {
      expect(elements(only(item, 'contentMeta'), absent), absent).toHaveLength(0);
      expect(elements(only(item, 'itemMeta'), absent), absent).toHaveLength(0);
    }
    expect(only(item, 'pubStatus').attributes.get('qcode')).toBe('stat:usable');
  });

  it('puts tabs and line breaks as spaces where NewsML-G2 allows none', () => {
    const story = { ...sample(), keywords: ['two\tword\nkey\rword'], section: 'A\nB' };
    const meta = only(readXml(newsmlG2(story)), 'contentMeta');

    expect(textOf(only(meta, 'keyword'))).toBe('two word key word');
    expect(textOf(only(only(meta, 'subject'), 'name'))).toBe('A B');
  });

  it('never carries an editor’s note or the desk notes', () => {
    const xml = newsmlG2(everyBlock());

    expect(xml).not.toContain('EDITOR NOTE');
    expect(xml).not.toContain('DESK NOTE');
    expect(xml).not.toContain('edNote');
  });

  it('is the format the registry offers: UTF-8 bytes of the same document, named .newsml-g2.xml', async () => {
    const bytes = await newsmlG2Format.export(sample(), noResources, DEFAULT_EXPORT_OPTIONS);

    expect(newsmlG2Format).toMatchObject({
      id: 'newsml-g2',
      label: 'NewsML-G2 2.35',
      fileSuffix: '.newsml-g2.xml',
      mediaType: 'application/vnd.iptc.g2.newsitem+xml',
      isText: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe(newsmlG2(sample()));
  });

  it('refuses a story it cannot describe, with a clear error and no document', async () => {
    const bad: [Partial<ExportStory>, RegExp][] = [
      [{ id: 'not-a-uuid' }, /story id "not-a-uuid" is not a UUID/],
      [{ createdAt: '2026-11-24' }, /creation time "2026-11-24" is not an ISO 8601 date-time/],
      [{ embargo: 'tomorrow' }, /embargo "tomorrow" is not an ISO 8601 date-time/],
      [{ priority: 10 }, /priority 10 is not a whole number from 1 to 9/],
      [{ revision: 0 }, /revision 0 is not a whole number/],
      [{ language: '' }, /language "" is not a language tag/],
    ];
    for (const [change, message] of bad) {
      expect(() => newsmlG2({ ...sample(), ...change })).toThrow(message);
      await expect(
        newsmlG2Format.export({ ...sample(), ...change }, noResources, DEFAULT_EXPORT_OPTIONS),
      ).rejects.toThrow(RangeError);
    }
  });

  it('writes any Unicode in any field as the field says, less what XML forbids (property)', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        const meta = only(readXml(newsmlG2(story)), 'contentMeta');
        const g2 = (text: string) => xmlChars(text).replace(/[\t\n\r]/g, ' ');
        expect(elements(meta, 'keyword').map(textOf)).toEqual(story.keywords.map(g2));
        expect(elements(meta, 'headline').map(textOf)).toEqual(
          story.headline ? [xmlChars(story.headline)] : [],
        );
        const by = bylinePeople(story.bylines);
        expect(elements(meta, 'by').map(textOf)).toEqual(by ? [xmlChars(by)] : []);
        expect(elements(meta, 'creditline').map(textOf)).toEqual(
          story.blocks.flatMap((block) =>
            block.kind === 'credit' && block.credit.line ? [g2(block.credit.line)] : [],
          ),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('stays valid against the official schemas whatever Unicode any field holds (property)', async () => {
    // One xmllint run checks a batch (one schema compile), so each run of the property costs ~0.3 s.
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryStory, { minLength: 20, maxLength: 20 }), async (stories) => {
        const results = await validateXmlDocuments(stories.map(newsmlG2), 'newsml-g2');
        results.forEach((result, at) =>
          expect(result, JSON.stringify(stories[at])).toEqual({ valid: true, problems: [] }),
        );
      }),
      { numRuns: 5 },
    );
  });
});
