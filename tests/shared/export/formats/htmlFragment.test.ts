/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.fragment.html`, `golden/every-block.fragment.html`):
 * - Nothing but one `<article>`: no doctype, head, style or script, ready to paste into a CMS.
 * - Its header and body are the page's, line for line: `<h1>`, the subheadline, the byline with its spans,
 *   the two `<time>`s; the dateline span opening the lede, quotes as figures with the speaker in the
 *   caption, the escaped `&amp; &lt;tags&gt;`, Greek and Cyrillic text, both credits in place.
 * - No editor's or desk note anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { htmlPage } from '@shared/export/formats/html';
import { htmlFragment, htmlFragmentFormat } from '@shared/export/formats/htmlFragment';
import { toExportStory } from '@shared/export/model/toExportStory';
import { byTag, childElements, elementsIn, parseBodyFragment, textOf } from '../html/parsedHtml';
import { fixedShapeStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { noResources } from '../support/noResources';
import { everyBlockStory, sampleStory } from '../support/stories';

describe('HTML fragment', () => {
  it('matches the reviewed golden files', () => {
    expectGolden('sample.fragment.html', htmlFragment(toExportStory(sampleStory())));
    expectGolden('every-block.fragment.html', htmlFragment(toExportStory(everyBlockStory())));
  });

  it('is the page’s article alone: no doctype, head, style or script', () => {
    for (const story of [sampleStory(), everyBlockStory()]) {
      const fragment = htmlFragment(toExportStory(story));
      const { root, errors } = parseBodyFragment(fragment);

      expect(errors).toEqual([]);
      expect(childElements(root).map((element) => element.tagName)).toEqual(['article']);
      expect(fragment).not.toMatch(/<!doctype|<head[\s>]|<style|<script/i);
      expect(htmlPage(toExportStory(story))).toContain(fragment);
    }
  });

  it('carries the headline, byline, times, the dateline in the lede and each quote with its speaker', () => {
    const { root } = parseBodyFragment(htmlFragment(toExportStory(everyBlockStory())));

    expect(textOf(byTag(root, 'h1')[0]!)).toBe('Every block: a test story');
    expect(byTag(root, 'time')).toHaveLength(2);
    const lede = childElements(byTag(root, 'article')[0]!).find((element) => element.tagName === 'p');
    expect(textOf(lede!)).toMatch(/^KHERSON, Ukraine, Nov\. 24 \(AP\) — Officials said/);
    expect(byTag(root, 'figcaption').map(textOf)).toEqual([
      '— Volodymyr Zelensky, Ukrainian President, at a press conference',
      '— Dmitri Peskov, spokesperson, Kremlin',
    ]);
    expect(byTag(root, 'cite')).toEqual([]);
  });

  it('never carries an editor’s note or the desk notes', () => {
    const html = htmlFragment(toExportStory(everyBlockStory()));

    expect(html).not.toContain('EDITOR NOTE');
    expect(html).not.toContain('DESK NOTE');
  });

  it('is the format the registry offers: UTF-8 bytes of the same fragment, named .fragment.html', async () => {
    const story = toExportStory(sampleStory());
    const bytes = await htmlFragmentFormat.export(story, noResources, DEFAULT_EXPORT_OPTIONS);

    expect(htmlFragmentFormat).toMatchObject({
      id: 'html-fragment',
      fileSuffix: '.fragment.html',
      mediaType: 'text/html',
      isText: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe(htmlFragment(story));
  });

  it('refuses a time no <time> element could carry', () => {
    expect(() => htmlFragment({ ...toExportStory(sampleStory()), createdAt: 'Monday' })).toThrow(
      /creation time "Monday"/,
    );
  });

  it('gives the same elements and no parse error, and never a script, for any Unicode in any field', () => {
    const tagsOf = (html: string) =>
      elementsIn(parseBodyFragment(html).root).map((element) => element.tagName);
    const reference = tagsOf(htmlFragment(fc.sample(fixedShapeStory, { numRuns: 1, seed: 1 })[0]!));

    fc.assert(
      fc.property(fixedShapeStory, (story) => {
        const html = htmlFragment(story);

        expect(parseBodyFragment(html).errors).toEqual([]);
        expect(tagsOf(html)).toEqual(reference);
        expect(reference).not.toContain('script');
      }),
      { numRuns: 100 },
    );
  });
});
