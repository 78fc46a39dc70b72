/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.html`, `golden/every-block.html`):
 * - `<!doctype html>`, `<html lang="en">`, `<meta charset="utf-8">`, a viewport, the headline as `<title>`,
 *   the subheadline as the description (every-block only), a short readable stylesheet.
 * - One script, `application/ld+json`: NewsArticle with headline, description, authors as Person with
 *   jobTitle and worksFor (Giorgos has neither), datePublished = createdAt, dateModified = updatedAt,
 *   articleSection, keywords as a list, inLanguage, wordCount and the dateline without its dash.
 * - The article header: `<h1>`, the subheadline, "By Olena Kovalenko, Kyiv Bureau Chief, Copydesk News,
 *   and Giorgos Papadopoulos" with each part in its span, "Published … · Updated …" with two `<time>`s
 *   whose text is AP style in UTC ("Nov. 24, 2026, 9:40 a.m. UTC").
 * - The body: the AP dateline in a span opening the lede, subheads, both lists, both quotes as figures with
 *   the speaker in the caption and no `<cite>`, the Greek line with its `<br>` and `&amp; &lt;tags&gt;
 *   stay &quot;text&quot;` escaped once, the Cyrillic pull quote, the rule, the struck and underlined
 *   paragraph, both credits in place. No editor's or desk note anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { htmlFormat, htmlPage } from '@shared/export/formats/html';
import { publishableText } from '@shared/export/model/publishableText';
import { toExportStory } from '@shared/export/model/toExportStory';
import type { Element } from '../html/parsedHtml';
import { attr, byTag, childElements, elementsIn, hasClass, parsePage, textOf } from '../html/parsedHtml';
import { fixedShapeStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { noResources } from '../support/noResources';
import { everyBlockStory, sampleStory } from '../support/stories';

function page(html: string) {
  const { root, errors } = parsePage(html);
  const scripts = byTag(root, 'script');
  return { root, errors, scripts };
}

describe('HTML page', () => {
  it('matches the reviewed golden files', () => {
    expectGolden('sample.html', htmlPage(toExportStory(sampleStory())));
    expectGolden('every-block.html', htmlPage(toExportStory(everyBlockStory())));
  });

  it('parses without a single error, with the story’s language and title', () => {
    for (const story of [sampleStory(), everyBlockStory()]) {
      const { root, errors } = page(htmlPage(toExportStory(story)));

      expect(errors).toEqual([]);
      expect(attr(byTag(root, 'html')[0]!, 'lang')).toBe('en');
      expect(byTag(root, 'meta').some((meta) => attr(meta, 'charset') === 'utf-8')).toBe(true);
      expect(textOf(byTag(root, 'title')[0]!)).toBe(story.headline);
    }
  });

  it('has one script, the JSON-LD NewsArticle, with every field the story has', () => {
    const { scripts } = page(htmlPage(toExportStory(everyBlockStory())));

    expect(scripts).toHaveLength(1);
    expect(attr(scripts[0]!, 'type')).toBe('application/ld+json');
    expect(JSON.parse(textOf(scripts[0]!))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Every block: a test story',
      description: 'Subheads, lists, quotes, credits and a rule',
      author: [
        {
          '@type': 'Person',
          name: 'Olena Kovalenko',
          jobTitle: 'Kyiv Bureau Chief',
          worksFor: { '@type': 'Organization', name: 'Copydesk News' },
        },
        { '@type': 'Person', name: 'Giorgos Papadopoulos' },
      ],
      datePublished: '2026-11-24T08:15:00.000Z',
      dateModified: '2026-11-24T09:40:30.000Z',
      articleSection: 'World',
      keywords: ['Ukraine', 'Greece'],
      inLanguage: 'en',
      wordCount: toExportStory(everyBlockStory()).wordCount,
      dateline: 'KHERSON, Ukraine, Nov. 24 (AP)',
    });
  });

  it('marks the story up as an article: headline, byline, times, dateline in the lede, quotes as figures', () => {
    const { root } = page(htmlPage(toExportStory(sampleStory())));
    const [article] = byTag(root, 'article');
    const header = byTag(article!, 'header')[0]!;

    expect(byTag(root, 'article')).toHaveLength(1);
    expect(textOf(byTag(header, 'h1')[0]!)).toBe(
      'Ukraine, Russia Discuss Peace Talks Amid Continuing Violence',
    );
    expect(textOf(elementsIn(header).find((element) => hasClass(element, 'byline'))!)).toBe(
      'By Jane Doe, Staff Correspondent, Copydesk News',
    );
    expect(byTag(header, 'time').map((time) => attr(time, 'datetime'))).toEqual([
      '2026-11-24T08:15:00.000Z',
      '2026-11-24T09:40:30.000Z',
    ]);
    const lede = childElements(article!).find((element) => element.tagName === 'p')!;
    expect(textOf(lede)).toMatch(/^ISTANBUL, Turkey — Ukraine and Russia held peace negotiations/);
    expect(byTag(lede, 'span').filter((span) => hasClass(span, 'dateline'))).toHaveLength(1);

    const figures = byTag(article!, 'figure');
    expect(figures.map((figure) => childElements(figure).map((child) => child.tagName))).toEqual([
      ['blockquote', 'figcaption'],
      ['blockquote', 'figcaption'],
    ]);
    const speakers = figures.map((figure) => byTag(figure, 'span').find((span) => hasClass(span, 'speaker')));
    expect(speakers.map((speaker) => textOf(speaker!))).toEqual(['Volodymyr Zelensky', 'Dmitri Peskov']);
    expect(textOf(byTag(figures[0]!, 'figcaption')[0]!)).toBe(
      '— Volodymyr Zelensky, Ukrainian President, during a press conference',
    );
    expect(byTag(root, 'cite')).toEqual([]);
  });

  it('keeps every block of the every-block story, credits where the writer put them', () => {
    const { root } = page(htmlPage(toExportStory(everyBlockStory())));
    const article = byTag(root, 'article')[0]!;

    expect(childElements(article).map((element) => element.tagName)).toEqual([
      'header',
      'p',
      'h2',
      'ul',
      'ol',
      'figure',
      'h3',
      'p',
      'figure',
      'hr',
      'p',
      'p',
      'p',
    ]);
    const credits = childElements(article).filter((element) => hasClass(element, 'credit'));
    expect(credits.map(textOf)).toEqual([
      'Reporting by Olena Kovalenko in Kherson',
      'Editing by Sam Editor, Copydesk News',
    ]);
    expect(textOf(article)).toContain('«Ειρήνη τώρα», & <tags> stay "text"');
    expect(attr(byTag(article, 'a')[0]!, 'href')).toBe('https://example.org/report');
  });

  it('never carries an editor’s note or the desk notes', () => {
    const html = htmlPage(toExportStory(everyBlockStory()));

    expect(html).not.toContain('EDITOR NOTE');
    expect(html).not.toContain('DESK NOTE');
  });

  it('shows one time when the story was never updated, and leaves out what the story lacks', () => {
    const story = {
      ...toExportStory(sampleStory()),
      updatedAt: '2026-11-24T10:15:00.000+02:00',
      bylines: [],
      section: '',
      keywords: [],
      dateline: null,
    };
    const { root, scripts } = page(htmlPage(story));
    const jsonLd = JSON.parse(textOf(scripts[0]!));

    expect(byTag(root, 'time')).toHaveLength(1);
    expect(textOf(byTag(root, 'header')[0]!)).toContain('Published Nov. 24, 2026, 8:15 a.m. UTC');
    expect(elementsIn(root).filter((element) => hasClass(element, 'byline'))).toEqual([]);
    expect(jsonLd).not.toHaveProperty('author');
    expect(jsonLd).not.toHaveProperty('articleSection');
    expect(jsonLd).not.toHaveProperty('keywords');
    expect(jsonLd).not.toHaveProperty('dateline');
    expect(jsonLd).not.toHaveProperty('description');
  });

  it('is the format the registry offers: UTF-8 bytes of the same page, named .html', async () => {
    const story = toExportStory(sampleStory());
    const bytes = await htmlFormat.export(story, noResources, DEFAULT_EXPORT_OPTIONS);

    expect(htmlFormat).toMatchObject({
      id: 'html',
      fileSuffix: '.html',
      mediaType: 'text/html',
      isText: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe(htmlPage(story));
  });

  it('refuses a story it cannot describe, with a clear error and no page', async () => {
    const story = toExportStory(sampleStory());

    expect(() => htmlPage({ ...story, updatedAt: 'yesterday' })).toThrow(/update time "yesterday"/);
    expect(() => htmlPage({ ...story, language: 'en"><script>' })).toThrow(/not a BCP 47 tag/);
    expect(() => htmlPage({ ...story, wordCount: -1 })).toThrow(/word count -1/);
    await expect(
      htmlFormat.export({ ...story, createdAt: '' }, noResources, DEFAULT_EXPORT_OPTIONS),
    ).rejects.toThrow(RangeError);
  });

  it('gives the same elements, no parse error and one script for any Unicode in any field', () => {
    const shape = (html: string) => {
      const { root, errors, scripts } = page(html);
      return { tags: elementsIn(root).map((element: Element) => element.tagName), errors, scripts };
    };
    const reference = shape(htmlPage(fc.sample(fixedShapeStory, { numRuns: 1, seed: 1 })[0]!));
    expect(reference.errors).toEqual([]);

    fc.assert(
      fc.property(fixedShapeStory, (story) => {
        const html = htmlPage(story);
        const { tags, errors, scripts } = shape(html);

        expect(errors).toEqual([]);
        expect(tags).toEqual(reference.tags);
        expect(scripts).toHaveLength(1);
        const jsonLd = JSON.parse(textOf(scripts[0]!));
        const headline = publishableText(story.headline);
        expect(jsonLd.headline).toBe(headline);
        // An HTML parser reads CR and CR LF as LF, in text as everywhere.
        expect(textOf(byTag(parsePage(html).root, 'h1')[0]!)).toBe(headline.replace(/\r\n?/g, '\n'));
        expect(jsonLd.author[0].name).toBe(publishableText(story.bylines[0]!.name));
      }),
      { numRuns: 100 },
    );
  });
});
