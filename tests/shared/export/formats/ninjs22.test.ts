/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.ninjs-2.2.json`, `golden/every-block.ninjs-2.2.json`):
 * - lowercase names only, in the fixed order uri, standard, type, representationtype, version, firstcreated,
 *   versioncreated, embargoed, pubstatus, urgency, language, slugline, headlines, by, located, subjects,
 *   bodies; `standard` names ninjs 2.2 and the schema's `$id`.
 * - the same values as the 3.1 files: uri `urn:uuid:<story id>`, version "7", times as stored, `usable`
 *   for the approved sample and `withheld` (with `embargoed`) for the every-block story in edit.
 * - headlines main and `subhead`; `by` with titles and organizations; `located` "Istanbul, Turkey" /
 *   "Kherson, Ukraine"; subjects: the section (rel `section`) then the keywords (rel `keyword`).
 * - the body is the shared body HTML (dateline opening the lede, quotes as figures with the speaker, Greek,
 *   Cyrillic and `& <tags> "text"` escaped once as HTML, then as JSON) with `contenttype` text/html,
 *   `wordcount` the story's and `charcount` the same copy's. No editor's or desk note anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ninjs22, ninjs22Format } from '@shared/export/formats/ninjs22';
import { bodyHtml } from '@shared/export/html/bodyHtml';
import { toExportStory } from '@shared/export/model/toExportStory';
import { byStatement } from '@shared/export/ninjs/byStatement';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { validateNinjs } from '../../../../src/main/export/validate/validateNinjs';
import { arbitraryExportStory } from '../ninjs/arbitraryExportStory';
import { expectGolden } from '../support/golden';
import { everyBlockStory, sampleStory } from '../support/stories';

const noResources = { pdfFonts: () => Promise.reject(new Error('ninjs needs no fonts')) };

describe('ninjs 2.2', () => {
  it('matches the reviewed golden files', () => {
    expectGolden('sample.ninjs-2.2.json', ninjs22(toExportStory(sampleStory())));
    expectGolden('every-block.ninjs-2.2.json', ninjs22(toExportStory(everyBlockStory())));
  });

  it('validates against the official 2.2 schema, by the version it declares too', () => {
    for (const story of [sampleStory(), everyBlockStory()]) {
      const json = ninjs22(toExportStory(story));
      expect(validateNinjs(json, '2.2')).toEqual({ valid: true, problems: [] });
      expect(validateNinjs(json)).toEqual({ valid: true, problems: [] });
    }
  });

  it('carries the story: identity, times, status, headlines, byline, place, subjects and the HTML body', () => {
    const story = toExportStory(everyBlockStory());
    const item = JSON.parse(ninjs22(story));

    expect(item).toMatchObject({
      uri: 'urn:uuid:0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
      standard: { name: 'ninjs', version: '2.2' },
      type: 'text',
      version: '7',
      firstcreated: '2026-11-24T08:15:00.000Z',
      versioncreated: '2026-11-24T09:40:30.000Z',
      embargoed: '2026-11-25T06:00:00.000Z',
      pubstatus: 'withheld',
      urgency: 3,
      language: 'en',
      slugline: 'every-block-test-story',
      headlines: [
        { role: 'main', value: 'Every block: a test story' },
        { role: 'subhead', value: 'Subheads, lists, quotes, credits and a rule' },
      ],
      by: 'Olena Kovalenko, Kyiv Bureau Chief, Copydesk News; Giorgos Papadopoulos',
      located: 'Kherson, Ukraine',
      subjects: [
        { name: 'World', rel: 'section' },
        { name: 'Ukraine', rel: 'keyword' },
        { name: 'Greece', rel: 'keyword' },
      ],
    });
    expect(item.bodies).toEqual([
      {
        role: 'main',
        contenttype: 'text/html',
        charcount: expect.any(Number),
        wordcount: story.wordCount,
        value: bodyHtml(story),
      },
    ]);
    expect(item.bodies[0].value).toMatch(
      /^<p><span class="dateline">KHERSON, Ukraine, Nov\. 24 \(AP\) —<\/span> /,
    );
  });

  it('leaves out what a story does not have: embargo, subheadline, bylines, dateline, slug', () => {
    const story = { ...toExportStory(sampleStory()), embargo: null, bylines: [], dateline: null, slug: '' };
    const item = JSON.parse(ninjs22(story));

    expect(item).not.toHaveProperty('embargoed');
    expect(item).not.toHaveProperty('by');
    expect(item).not.toHaveProperty('located');
    expect(item).not.toHaveProperty('slugline');
    expect(item.headlines).toEqual([{ role: 'main', value: story.headline }]);
    expect(item.pubstatus).toBe('usable');
  });

  it('never carries an editor’s note or the desk notes', () => {
    const json = ninjs22(toExportStory(everyBlockStory()));

    expect(json).not.toContain('EDITOR NOTE');
    expect(json).not.toContain('DESK NOTE');
    expect(json).not.toMatch(/"ednote"/);
  });

  it('is the format the registry offers: UTF-8 bytes of the same document, named .ninjs-2.2.json', async () => {
    const story = toExportStory(sampleStory());
    const bytes = await ninjs22Format.export(story, noResources, DEFAULT_EXPORT_OPTIONS);

    expect(ninjs22Format).toMatchObject({
      id: 'ninjs-2.2',
      fileSuffix: '.ninjs-2.2.json',
      mediaType: 'application/json',
      isText: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe(ninjs22(story));
    expect(ninjs22(story)).toBe(ninjs22(toExportStory(sampleStory())));
  });

  it('refuses a story it cannot describe, with a clear error and no document', async () => {
    const story = toExportStory(sampleStory());

    expect(() => ninjs22({ ...story, id: 'not-a-uuid' })).toThrow(/not a UUID/);
    expect(() => ninjs22({ ...story, updatedAt: 'yesterday' })).toThrow(/update time "yesterday"/);
    expect(() => ninjs22({ ...story, priority: 0 })).toThrow(/priority 0/);
    await expect(
      ninjs22Format.export({ ...story, id: '' }, noResources, DEFAULT_EXPORT_OPTIONS),
    ).rejects.toThrow(RangeError);
  });

  it('gives a valid document for any Unicode in any field, and every text comes back exactly', () => {
    fc.assert(
      fc.property(arbitraryExportStory, (story) => {
        const json = ninjs22(story);
        const bytes = new TextEncoder().encode(json);
        expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(json);
        expect(validateNinjs(json, '2.2')).toEqual({ valid: true, problems: [] });

        const item = JSON.parse(json);
        const headlines = [story.headline, story.subheadline].filter(Boolean);
        expect((item.headlines ?? []).map((headline: { value: string }) => headline.value)).toEqual(
          headlines,
        );
        expect(item.by ?? null).toBe(byStatement(story.bylines));
        const subjects = [story.section, ...story.keywords].filter((name, at) => at > 0 || name);
        expect((item.subjects ?? []).map((subject: { name: string }) => subject.name)).toEqual(subjects);
        if (story.dateline) expect(item.located).toContain(story.dateline.city);
        expect(item.bodies[0].value).toBe(bodyHtml(story));
      }),
      { numRuns: 100 },
    );
  });
});
