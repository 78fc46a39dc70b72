import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '@shared/export/exportFormat';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { bodyHtml } from '@shared/export/html/bodyHtml';
import { bylinePeople } from '@shared/export/model/bylineParts';
import type { ExportStory } from '@shared/export/model/exportStory';
import { isBlankText } from '@shared/export/model/publishableText';
import { toExportStory } from '@shared/export/model/toExportStory';
import type { NinjsVersion } from '../../../../src/main/export/validate/ninjsSchemas';
import { validateNinjs } from '../../../../src/main/export/validate/validateNinjs';
import { arbitraryStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { noResources } from '../support/noResources';
import { everyBlockStory, sampleStory } from '../support/stories';

/** One ninjs version as its tests see it: the exporter, its registry entry, and the names it spells. */
export interface NinjsUnderTest {
  version: NinjsVersion;
  ninjs: (story: ExportStory) => string;
  format: ExportFormat;
  /** The version's names for the properties 2.x and 3.x spell differently. */
  names: {
    firstCreated: string;
    versionCreated: string;
    embargoed: string;
    pubStatus: string;
    contentType: string;
    charCount: string;
    wordCount: string;
    edNote: string;
  };
}

/**
 * The tests both ninjs versions must pass, run once per version: the versions differ only in how they
 * spell some properties, so everything else must hold for both alike.
 */
export function describeNinjs({ version, ninjs, format, names }: NinjsUnderTest): void {
  describe(`ninjs ${version}`, () => {
    it('matches the reviewed golden files', () => {
      expectGolden(`sample.ninjs-${version}.json`, ninjs(toExportStory(sampleStory())));
      expectGolden(`every-block.ninjs-${version}.json`, ninjs(toExportStory(everyBlockStory())));
    });

    it(`validates against the official ${version} schema, by the version it declares too`, () => {
      for (const story of [sampleStory(), everyBlockStory()]) {
        const json = ninjs(toExportStory(story));
        expect(validateNinjs(json, version)).toEqual({ valid: true, problems: [] });
        expect(validateNinjs(json)).toEqual({ valid: true, problems: [] });
      }
    });

    it('carries the story: identity, times, status, headlines, byline, place, subjects and the HTML body', () => {
      const story = toExportStory(everyBlockStory());
      const item = JSON.parse(ninjs(story));

      expect(item).toMatchObject({
        uri: 'urn:uuid:0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
        standard: { name: 'ninjs', version },
        type: 'text',
        version: '7',
        [names.firstCreated]: '2026-11-24T08:15:00.000Z',
        [names.versionCreated]: '2026-11-24T09:40:30.000Z',
        [names.embargoed]: '2026-11-25T06:00:00.000Z',
        [names.pubStatus]: 'withheld',
        urgency: 3,
        language: 'en',
        slugline: 'every-block-test-story',
        headlines: [
          { role: 'main', value: 'Every block: a test story' },
          { role: 'subhead', value: 'Subheads, lists, quotes, credits and a rule' },
        ],
        by: 'Olena Kovalenko, Kyiv Bureau Chief, Copydesk News, and Giorgos Papadopoulos',
        people: [
          { name: 'Olena Kovalenko', rel: 'author' },
          { name: 'Giorgos Papadopoulos', rel: 'author' },
        ],
        organisations: [{ name: 'Copydesk News', rel: 'author' }],
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
          [names.contentType]: 'text/html',
          [names.charCount]: expect.any(Number),
          [names.wordCount]: story.wordCount,
          value: bodyHtml(story),
        },
      ]);
      expect(item.bodies[0].value).toMatch(
        /^<p><span class="dateline"[^>]*>KHERSON, Ukraine, Nov\. 24 \(AP\) —<\/span> /,
      );
    });

    it('leaves out what a story does not have: embargo, subheadline, bylines, dateline, slug', () => {
      const story = { ...toExportStory(sampleStory()), embargo: null, bylines: [], dateline: null, slug: '' };
      const item = JSON.parse(ninjs(story));

      expect(item).not.toHaveProperty(names.embargoed);
      expect(item).not.toHaveProperty('by');
      expect(item).not.toHaveProperty('people');
      expect(item).not.toHaveProperty('organisations');
      expect(item).not.toHaveProperty('located');
      expect(item).not.toHaveProperty('slugline');
      expect(item.headlines).toEqual([{ role: 'main', value: story.headline }]);
      expect(item[names.pubStatus]).toBe('usable');
    });

    it('never carries an editor’s note or the desk notes', () => {
      const json = ninjs(toExportStory(everyBlockStory()));

      expect(json).not.toContain('EDITOR NOTE');
      expect(json).not.toContain('DESK NOTE');
      expect(json).not.toContain(`"${names.edNote}"`);
    });

    it(`is the format the registry offers: UTF-8 bytes of the same document, named .ninjs-${version}.json`, async () => {
      const story = toExportStory(sampleStory());
      const bytes = await format.export(story, noResources, DEFAULT_EXPORT_OPTIONS);

      expect(format).toMatchObject({
        id: `ninjs-${version}`,
        fileSuffix: `.ninjs-${version}.json`,
        mediaType: 'application/json',
        isText: true,
      });
      expect(new TextDecoder().decode(bytes)).toBe(ninjs(story));
      expect(ninjs(story)).toBe(ninjs(toExportStory(sampleStory())));
    });

    it('refuses a story it cannot describe, with a clear error and no document', async () => {
      const story = toExportStory(sampleStory());

      expect(() => ninjs({ ...story, id: 'not-a-uuid' })).toThrow(/not a UUID/);
      expect(() => ninjs({ ...story, updatedAt: 'yesterday' })).toThrow(/update time "yesterday"/);
      expect(() => ninjs({ ...story, priority: 0 })).toThrow(/priority 0/);
      await expect(format.export({ ...story, id: '' }, noResources, DEFAULT_EXPORT_OPTIONS)).rejects.toThrow(
        RangeError,
      );
    });

    it('gives a valid document for any Unicode in any field, and every text comes back exactly', () => {
      fc.assert(
        fc.property(arbitraryStory, (story) => {
          const json = ninjs(story);
          const bytes = new TextEncoder().encode(json);
          expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(json);
          expect(validateNinjs(json, version)).toEqual({ valid: true, problems: [] });

          const item = JSON.parse(json);
          const headlines = [story.headline, story.subheadline].filter(Boolean);
          expect((item.headlines ?? []).map((headline: { value: string }) => headline.value)).toEqual(
            headlines,
          );
          expect(item.by ?? null).toBe(bylinePeople(story.bylines) || null);
          const named = story.bylines.filter((byline) => !isBlankText(byline.name));
          expect((item.people ?? []).map((person: { name: string }) => person.name)).toEqual(
            named.map((byline) => byline.name),
          );
          const subjects = [story.section, ...story.keywords].filter((name, at) => at > 0 || name);
          expect((item.subjects ?? []).map((subject: { name: string }) => subject.name)).toEqual(subjects);
          if (story.dateline) expect(item.located).toContain(story.dateline.city);
          expect(item.bodies[0].value).toBe(bodyHtml(story));
        }),
        { numRuns: 100 },
      );
    });
  });
}
