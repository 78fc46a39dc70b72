/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.ninjs-3.1.json`, `golden/every-block.ninjs-3.1.json`):
 * - camelCase names only, in the fixed order uri, standard, type, representationType, version, firstCreated,
 *   versionCreated, embargoedUntil, pubStatus, urgency, language, slugline, headlines, by, located,
 *   subjects, bodies; `standard` names ninjs 3.1 and the schema's `$id`.
 * - uri `urn:uuid:<story id>`, version "7" from the revision, times as stored; the sample is approved, so
 *   `usable`; the every-block story is in edit, so `withheld`, with its embargo as `embargoedUntil`.
 * - headlines: main, and the subheadline as `subhead` (the sample has none); `by` keeps titles and
 *   organizations; `located` is "Istanbul, Turkey" / "Kherson, Ukraine" as a reader writes it.
 * - subjects: the section (rel `section`) then each keyword (rel `keyword`).
 * - the body is the shared body HTML: the AP dateline opens the lede, quotes are figures with the speaker
 *   in the caption, the Greek, Cyrillic and `& <tags> "text"` are escaped once (HTML), then JSON-escaped;
 *   wordCount is the story's; charCount counts the same copy. No editor's or desk note anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ninjs31, ninjs31Format } from '@shared/export/formats/ninjs31';
import { bodyHtml } from '@shared/export/html/bodyHtml';
import { toExportStory } from '@shared/export/model/toExportStory';
import { byStatement } from '@shared/export/ninjs/byStatement';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { validateNinjs } from '../../../../src/main/export/validate/validateNinjs';
import { arbitraryExportStory } from '../ninjs/arbitraryExportStory';
import { expectGolden } from '../support/golden';
import { everyBlockStory, sampleStory } from '../support/stories';

const noResources = { pdfFonts: () => Promise.reject(new Error('ninjs needs no fonts')) };

describe('ninjs 3.1', () => {
  it('matches the reviewed golden files', () => {
    expectGolden('sample.ninjs-3.1.json', ninjs31(toExportStory(sampleStory())));
    expectGolden('every-block.ninjs-3.1.json', ninjs31(toExportStory(everyBlockStory())));
  });

  it('validates against the official 3.1 schema, by the version it declares too', () => {
    for (const story of [sampleStory(), everyBlockStory()]) {
      const json = ninjs31(toExportStory(story));
      expect(validateNinjs(json, '3.1')).toEqual({ valid: true, problems: [] });
      expect(validateNinjs(json)).toEqual({ valid: true, problems: [] });
    }
  });

  it('carries the story: identity, times, status, headlines, byline, place, subjects and the HTML body', () => {
    const story = toExportStory(everyBlockStory());
    const item = JSON.parse(ninjs31(story));

    expect(item).toMatchObject({
      uri: 'urn:uuid:0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
      standard: { name: 'ninjs', version: '3.1' },
      type: 'text',
      version: '7',
      firstCreated: '2026-11-24T08:15:00.000Z',
      versionCreated: '2026-11-24T09:40:30.000Z',
      embargoedUntil: '2026-11-25T06:00:00.000Z',
      pubStatus: 'withheld',
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
        contentType: 'text/html',
        charCount: expect.any(Number),
        wordCount: story.wordCount,
        value: bodyHtml(story),
      },
    ]);
    expect(item.bodies[0].value).toMatch(
      /^<p><span class="dateline">KHERSON, Ukraine, Nov\. 24 \(AP\) —<\/span> /,
    );
  });

  it('leaves out what a story does not have: embargo, subheadline, bylines, dateline, slug', () => {
    const story = { ...toExportStory(sampleStory()), embargo: null, bylines: [], dateline: null, slug: '' };
    const item = JSON.parse(ninjs31(story));

    expect(item).not.toHaveProperty('embargoedUntil');
    expect(item).not.toHaveProperty('by');
    expect(item).not.toHaveProperty('located');
    expect(item).not.toHaveProperty('slugline');
    expect(item.headlines).toEqual([{ role: 'main', value: story.headline }]);
    expect(item.pubStatus).toBe('usable');
  });

  it('never carries an editor’s note or the desk notes', () => {
    const json = ninjs31(toExportStory(everyBlockStory()));

    expect(json).not.toContain('EDITOR NOTE');
    expect(json).not.toContain('DESK NOTE');
    expect(json).not.toMatch(/"edNote"/);
  });

  it('is the format the registry offers: UTF-8 bytes of the same document, named .ninjs-3.1.json', async () => {
    const story = toExportStory(sampleStory());
    const bytes = await ninjs31Format.export(story, noResources, DEFAULT_EXPORT_OPTIONS);

    expect(ninjs31Format).toMatchObject({
      id: 'ninjs-3.1',
      fileSuffix: '.ninjs-3.1.json',
      mediaType: 'application/json',
      isText: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe(ninjs31(story));
    expect(ninjs31(story)).toBe(ninjs31(toExportStory(sampleStory())));
  });

  it('refuses a story it cannot describe, with a clear error and no document', async () => {
    const story = toExportStory(sampleStory());

    expect(() => ninjs31({ ...story, id: 'not-a-uuid' })).toThrow(/not a UUID/);
    expect(() => ninjs31({ ...story, updatedAt: 'yesterday' })).toThrow(/update time "yesterday"/);
    expect(() => ninjs31({ ...story, priority: 0 })).toThrow(/priority 0/);
    await expect(
      ninjs31Format.export({ ...story, id: '' }, noResources, DEFAULT_EXPORT_OPTIONS),
    ).rejects.toThrow(RangeError);
  });

  it('gives a valid document for any Unicode in any field, and every text comes back exactly', () => {
    fc.assert(
      fc.property(arbitraryExportStory, (story) => {
        const json = ninjs31(story);
        const bytes = new TextEncoder().encode(json);
        expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(json);
        expect(validateNinjs(json, '3.1')).toEqual({ valid: true, problems: [] });

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
