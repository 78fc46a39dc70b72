import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlImport } from '@shared/import/formats/html';
import { ImportError } from '@shared/import/ImportError';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { everyBlockStory, sampleStory, storyOf } from '../../export/support/stories';
import { anyWords } from '../support/anyWords';
import { expectRoundTrip } from '../support/roundTrip';

const context = { fileName: 'page.html', importedAt: '2026-11-24T10:00:00.000Z' };
const bytesOf = (text: string) => new TextEncoder().encode(text);
const importHtml = (html: string) => htmlImport.import(bytesOf(html), context);
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/html', name)));

function nodesOf(node: EditorNodeJson): EditorNodeJson[] {
  return [node, ...(node.content ?? []).flatMap(nodesOf)];
}

async function importError(html: string | Uint8Array): Promise<ImportError> {
  const bytes = typeof html === 'string' ? bytesOf(html) : html;
  const error = await htmlImport.import(bytes, context).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('htmlImport: a saved news page of the sample story', () => {
  it('reads the section, headline, byline, dateline and quotes of the article', async () => {
    const { draft, report } = await htmlImport.import(fixture('istanbul-peace-talks.saved.html'), {
      fileName: 'istanbul-peace-talks.html',
      importedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(draft.section).toBe('World');
    expect(draft.headline).toBe('Ukraine, Russia Discuss Peace Talks Amid Continuing Violence');
    expect(draft.bylines).toEqual([{ name: 'Jane Doe', title: '', organization: 'Reuters' }]);
    expect(draft.language).toBe('en-US');
    expect(draft.body!.content![0]).toEqual({
      type: 'dateline',
      attrs: { city: 'Istanbul', region: 'Turkey', date: '', source: '' },
    });
    expect(report.quotes.map(({ speaker, title, verb }) => ({ speaker, title, verb }))).toEqual([
      { speaker: 'Volodymyr Zelensky', title: 'Ukrainian President', verb: 'stated' },
      { speaker: 'Dmitri Peskov', title: 'Kremlin spokesperson', verb: 'noted' },
    ]);
    expect(report.recognized).toContain('Dateline: ISTANBUL, Turkey —');
  });

  it('keeps the article’s paragraphs whole, the dateline lifted from the lede', async () => {
    const { draft } = await htmlImport.import(fixture('istanbul-peace-talks.saved.html'), context);
    const paragraphs = draft.body!.content!.filter((block) => block.type === 'paragraph');
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]!.content![0]!.text).toBe(
      'Ukraine and Russia held peace negotiations on Wednesday in Istanbul, with both countries agreeing on a new prisoner exchange.',
    );
    expect(JSON.stringify(draft.body)).not.toContain('Advertisement');
  });

  it('lists the page’s boilerplate in dropped, each with why, and the picture as unreadable', async () => {
    const { report } = await htmlImport.import(fixture('istanbul-peace-talks.saved.html'), context);
    const reasonOf = (text: string) => report.dropped.find((line) => line.text === text)?.reason;
    expect(reasonOf('Connect with us')).toBe('web boilerplate');
    expect(reasonOf('Published')).toBe('web boilerplate');
    expect(reasonOf('on')).toBe('web boilerplate');
    expect(reasonOf('November 24, 2026')).toBe('a date alone');
    expect(reasonOf('WhatsApp')).toBe('share buttons');
    expect(reasonOf('Share this article')).toBe('web boilerplate');
    expect(reasonOf('Advertisement')).toBe('web boilerplate in the article');
    expect(reasonOf('Politics')).toBe('navigation');
    expect(reasonOf('Black Sea grain corridor reopens after three-week pause')).toBe(
      'not part of the article',
    );
    expect(reasonOf('© 2026 The Bosphorus Ledger. All rights reserved.')).toBe('page footer');
    expect(report.dropped.map((line) => line.text)).not.toContain('By Jane Doe, Reuters');
    expect(report.unreadable).toEqual(['Picture: “Ukraine Russia Peace Talks Istanbul”']);
  });

  it('lists at most 200 left-out lines, then counts the rest', async () => {
    const links = Array.from(
      { length: 450 },
      (_, at) => `<li><a href="https://x.example/${at}">Link ${at}</a></li>`,
    );
    const page = `<!doctype html><html><body><nav><ul>${links.join('')}</ul></nav><article><h1>A headline</h1>${'<p>A paragraph of the story that runs on for a good many words, as articles do.</p>'.repeat(5)}</article></body></html>`;
    const { report } = await importHtml(page);
    expect(report.dropped).toHaveLength(201);
    expect(report.dropped[0]).toEqual({ text: 'Link 0', reason: 'navigation' });
    expect(report.dropped.at(-1)).toEqual({ text: '… and 250 more lines', reason: 'not listed' });
  });
});

describe('htmlImport: Copydesk’s own HTML comes back whole', () => {
  it('round-trips the sample story through the HTML page', async () => {
    await expectRoundTrip(sampleStory(), 'html', htmlImport, {
      carries: ['headline', 'subheadline', 'bylines', 'section', 'keywords', 'language'],
    });
  });

  it('round-trips every block through the HTML page', async () => {
    const { report } = await expectRoundTrip(everyBlockStory(), 'html', htmlImport, {
      carries: ['headline', 'subheadline', 'bylines', 'section', 'keywords', 'language'],
    });
    expect(report.format).toBe('HTML (Copydesk export)');
    expect(report.dropped).toEqual([]);
  });

  it('carries any words in the header, keywords, bylines and a paragraph (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyWords,
        anyWords,
        anyWords,
        fc.uniqueArray(anyWords, { minLength: 1, maxLength: 3 }),
        anyWords,
        async (headline, subheadline, name, keywords, text) => {
          const story = storyOf({
            ...sampleStory(),
            headline,
            subheadline,
            section: 'World',
            keywords,
            bylines: [{ name, title: 'Correspondent', organization: 'Reuters' }],
            body: {
              type: 'doc',
              content: [
                { type: 'dateline', attrs: { city: 'Kherson', region: '', date: '', source: '' } },
                { type: 'paragraph', content: [{ type: 'text', text }] },
              ],
            },
          });
          await expectRoundTrip(story, 'html', htmlImport, {
            carries: ['headline', 'subheadline', 'bylines', 'section', 'keywords', 'language'],
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('round-trips the sample story through the fragment', async () => {
    await expectRoundTrip(sampleStory(), 'html-fragment', htmlImport, {
      carries: ['headline', 'subheadline', 'bylines'],
    });
  });

  it('round-trips every block through the fragment', async () => {
    await expectRoundTrip(everyBlockStory(), 'html-fragment', htmlImport, {
      carries: ['headline', 'subheadline', 'bylines'],
    });
  });
});

describe('htmlImport: what is a web page', () => {
  it('claims .html, .htm and .xhtml files and sniffs a doctype or an html element', () => {
    expect(htmlImport.extensions).toEqual(['.html', '.htm', '.xhtml']);
    expect(htmlImport.sniff('<!DOCTYPE html>\n<html>')).toBe(true);
    expect(htmlImport.sniff('\uFEFF  <html lang="en">')).toBe(true);
    expect(htmlImport.sniff('<!-- saved from url=(0043)https://x.example/ -->\n<html>')).toBe(true);
    expect(htmlImport.sniff('<?xml version="1.0"?><nitf>')).toBe(false);
    expect(htmlImport.sniff('Connect with us\nWorld')).toBe(false);
  });

  it('reads a page declared Windows-1252 as Windows-1252', async () => {
    const head = bytesOf('<html><head><meta charset="windows-1252"></head><body><p>Caf');
    const tail = bytesOf('</p></body></html>');
    // "é “Hi”" in Windows-1252.
    const bytes = new Uint8Array([...head, 0xe9, 0x20, 0x93, 0x48, 0x69, 0x94, ...tail]);
    const { draft, report } = await htmlImport.import(bytes, context);
    expect(JSON.stringify(draft.body)).toContain('Café “Hi”');
    expect(report.recognized).toContain('Read as windows-1252: the page is not UTF-8.');
  });
});

describe('htmlImport: bad files', () => {
  it('refuses an empty file', async () => {
    expect((await importError('')).message).toBe('The file is empty.');
  });

  it('refuses a page with no words', async () => {
    const error = await importError(
      '<!doctype html><html><head><title>x</title></head><body> </body></html>',
    );
    expect(error.problem).toBe('empty');
    expect(error.message).toBe('The page holds no text to make a story of.');
  });

  it('refuses plain text named .html', async () => {
    const error = await importError('Just some words, no markup at all.');
    expect(error.problem).toBe('wrong-format');
    expect(error.message).toMatch(/holds no HTML/);
  });

  it('refuses a picture named .html', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect((await importError(png)).problem).toBe('binary');
  });

  it('reads a truncated page as far as it goes', async () => {
    const { draft } = await importHtml(
      '<!doctype html><html><body><article><p>The first paragraph of a story that was cut o',
    );
    expect(JSON.stringify(draft.body)).toContain('The first paragraph of a story that was cut o');
  });
});

describe('htmlImport: hostile pages', () => {
  const hostile = `<!doctype html><html><head><script>steal()</script><style>p{color:red}</style></head><body>
<article><h1>Hostile page</h1>
<p onclick="steal()" style="color:red">A reporter wrote this sentence, with <a href="javascript:steal()">a script link</a>,
<a href="data:text/html;base64,PHNjcmlwdD4=">a data link</a>, <a href="vbscript:x">a vbscript link</a> and <a href="https://example.org/">a real one</a>.</p>
<img src="x" onerror="steal()" alt="">
<iframe src="https://evil.example/"></iframe><object data="evil.swf"></object><embed src="evil.swf">
<script>document.write('injected words')</script><noscript>Turn on scripts</noscript>
<template><p>template words</p></template>
<p>Another paragraph of the article, long enough to be counted as part of the article by the reader.</p>
</article></body></html>`;

  it('keeps no script, handler, style or unsafe link, and lists the embeds as unreadable', async () => {
    const { draft, report } = await importHtml(hostile);
    const text = JSON.stringify(draft);
    for (const word of [
      'steal',
      'javascript:',
      'data:',
      'vbscript:',
      'injected',
      'template words',
      'color:red',
    ])
      expect(text).not.toContain(word);
    const hrefs = nodesOf(draft.body!).flatMap((node) =>
      (node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => mark.attrs?.href),
    );
    expect(hrefs).toEqual(['https://example.org/']);
    expect(report.unreadable).toEqual(
      expect.arrayContaining([
        'Picture',
        'Embedded frame, left out by the article reader',
        'Embedded object, left out by the article reader',
      ]),
    );
  });

  it('reads a page nested 10,000 levels deep without crashing', async () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(10_000)}<p>Words at the very bottom of the page.</p>${'</div>'.repeat(10_000)}</body></html>`;
    const { draft } = await importHtml(deep);
    expect(JSON.stringify(draft.body)).toContain('Words at the very bottom of the page.');
  });

  it('reads inline marks nested 10,000 levels deep', async () => {
    const deep = `<html><body><p>${'<b>'.repeat(10_000)}bold words${'</b>'.repeat(10_000)}</p></body></html>`;
    const { draft } = await importHtml(deep);
    expect(JSON.stringify(draft.body)).toContain('bold words');
  });

  it('reads a huge page in reasonable time', async () => {
    const paragraph =
      '<p>Officials said the talks would continue for several days in the city, with more rounds expected.</p>';
    const page = `<!doctype html><html><body><nav>${'<a href="https://x.example/">Section</a>'.repeat(2000)}</nav><article><h1>Long story</h1>${paragraph.repeat(20_000)}</article></body></html>`;
    const started = Date.now();
    const { draft } = await importHtml(page);
    expect(draft.body!.content!.length).toBeGreaterThan(10_000);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('never throws anything but an ImportError, and keeps only safe links and schema nodes', async () => {
    const allowed = new Set(
      'doc dateline paragraph text heading bulletList orderedList listItem quote quoteText quoteAttribution attribution horizontalRule hardBreak'.split(
        ' ',
      ),
    );
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div>',
        '</div>',
        '<a href="javascript:alert(1)">',
        '<a href="https://ok.example/">',
        '</a>',
        '<blockquote>',
        '</blockquote>',
        '<figure>',
        '<figcaption>— Jane Doe, spokesperson',
        '</figure>',
        '<span class="dateline">ISTANBUL —</span>',
        '<script>x()</script>',
        '<img src=x onerror=alert(1)>',
        '<table><tr><td>a</td></tr></table>',
        '<h1>',
        '</h1>',
        '<ul><li>',
        '</li></ul>',
        '<p class="credit">',
        'ISTANBUL, Turkey — ',
        '“We must,” he said.',
        '<iframe>',
        '<!doctype html>',
        '<html>',
        '<body>',
        '&amp;',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (pieces) => {
        try {
          const { draft } = await importHtml(pieces.join(''));
          for (const node of nodesOf(draft.body!)) {
            expect(allowed.has(node.type)).toBe(true);
            for (const mark of node.marks ?? [])
              if (mark.type === 'link') expect(String(mark.attrs?.href)).toMatch(/^(https?|mailto):/);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
