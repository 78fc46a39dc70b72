import { describe, expect, it } from 'vitest';
import { bodyHtml } from '@shared/export/html/bodyHtml';
import type { ExportBlock, ExportStory } from '@shared/export/model/exportStory';
import { toExportStory } from '@shared/export/model/toExportStory';
import { plainRun } from '@shared/export/text/plainRun';
import { everyBlockStory } from '../support/stories';

const story = (blocks: ExportBlock[]): ExportStory => ({ ...toExportStory(everyBlockStory()), blocks });
const paragraph = (text: string): ExportBlock => ({ kind: 'paragraph', inlines: [plainRun(text)] });

describe('bodyHtml', () => {
  it('opens the first paragraph with words in it with the dateline, and drops empty paragraphs', () => {
    expect(bodyHtml(story([paragraph(' '), { kind: 'rule' }, paragraph('Lede.'), paragraph('')]))).toBe(
      '<hr>\n<p><span class="dateline" data-city="Kherson" data-region="Ukraine" data-date="2026-11-24" data-source="AP">KHERSON, Ukraine, Nov. 24 (AP) —</span> Lede.</p>',
    );
  });

  it('gives the dateline a paragraph of its own in a story without paragraphs', () => {
    expect(bodyHtml(story([{ kind: 'rule' }]))).toBe(
      '<p><span class="dateline" data-city="Kherson" data-region="Ukraine" data-date="2026-11-24" data-source="AP">KHERSON, Ukraine, Nov. 24 (AP) —</span></p>\n<hr>',
    );
  });

  it('leaves the speaker’s span out of a caption without a speaker', () => {
    const quote: ExportBlock = {
      kind: 'quote',
      display: 'pullquote',
      paragraphs: [[plainRun('Words.')]],
      attribution: { speaker: '\u0000', title: 'spokesperson', organization: '', context: '', line: '' },
    };

    expect(bodyHtml({ ...story([quote]), dateline: null })).toBe(
      '<figure class="pullquote"><blockquote><p>Words.</p></blockquote>' +
        '<figcaption>— <span class="speaker-title">spokesperson</span></figcaption></figure>',
    );
  });

  it('drops what an HTML parser would report as an error, and escapes markup once', () => {
    expect(bodyHtml({ ...story([paragraph('a\u0000<b>\u0007&amp;\uffff"\'')]), dateline: null })).toBe(
      '<p>a&lt;b&gt;&amp;amp;&quot;&#39;</p>',
    );
  });
});
