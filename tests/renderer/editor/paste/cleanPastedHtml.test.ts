import { describe, expect, it } from 'vitest';
import { storySchema } from '@shared/editor/storySchema';
import { cleanPastedHtml } from '../../../../src/renderer/src/editor/paste/cleanPastedHtml';

const clean = (html: string) => cleanPastedHtml(html, storySchema());

describe('cleanPastedHtml', () => {
  it('maps a page’s heading levels onto the story’s two subhead levels', () => {
    expect(clean('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h6>E</h6>')).toBe(
      '<h2>A</h2><h2>B</h2><h3>C</h3><h3>D</h3><h3>E</h3>',
    );
  });

  it('turns quotes from outside into plain paragraphs', () => {
    expect(clean('<blockquote><p>One</p><p>Two</p></blockquote><blockquote>Three</blockquote>')).toBe(
      '<p>One</p><p>Two</p><p>Three</p>',
    );
  });

  it('gives each div, table cell or other text container a paragraph of its own', () => {
    expect(clean('<div>One</div><div><div>Two</div>Three</div><table><tr><td>Four</td></tr></table>')).toBe(
      '<p>One</p><p>Two</p><p>Three</p><p>Four</p>',
    );
  });

  it('leaves a pasted phrase inline, without a paragraph around it', () => {
    expect(clean('<span class="x" style="color:red">a <i>phrase</i></span>')).toBe('a <em>phrase</em>');
  });

  it('reads bold, italic, underline and strikethrough from inline styles as well as tags', () => {
    expect(
      clean(
        '<b style="font-weight:normal"><span style="font-weight:700">B</span>' +
          '<span style="font-style:italic">I</span><span style="text-decoration:underline">U</span>' +
          '<span style="text-decoration:line-through">S</span><b>b</b><i style="font-style:normal">n</i></b>',
      ),
    ).toBe('<strong>B</strong><em>I</em><u>U</u><s>S</s><strong>b</strong>n');
  });

  it('keeps only web and mail links, and only their address', () => {
    expect(
      clean(
        '<a href="https://example.com/a" target="_blank" class="x" onclick="go()">web</a> ' +
          '<a href="mailto:desk@example.com">mail</a> <a href="javascript:alert(1)">script</a> ' +
          '<a href=" JaVaScRiPt:alert(1)">spaced</a> <a href="data:text/html,x">data</a> ' +
          '<a href="/relative">relative</a> <a name="anchor">anchor</a>',
      ),
    ).toBe(
      '<a href="https://example.com/a">web</a> <a href="mailto:desk@example.com">mail</a> ' +
        'script spaced data relative anchor',
    );
  });

  it('does not underline a link’s text just because the page draws links underlined', () => {
    expect(clean('<a href="https://example.com/"><span style="text-decoration:underline">x</span></a>')).toBe(
      '<a href="https://example.com/">x</a>',
    );
  });

  it('drops hidden text, media, embeds, form controls and site navigation', () => {
    expect(
      clean(
        '<nav><a href="https://example.com/">Home</a></nav><p>Kept<span style="display:none">token</span>' +
          '<span hidden>x</span><img src="https://t.example/p.gif" width="1" height="1"></p>' +
          '<iframe src="https://ads.example/"></iframe><video src="v.mp4">v</video>' +
          '<form><label>Email</label><input><button>Go</button><p>In a form</p></form>' +
          '<script>alert(1)</script><style>p{}</style><p style="mso-hide:all">Word hidden</p>',
      ),
    ).toBe('<p>Kept</p><p>In a form</p>');
  });

  it('drops empty paragraphs and the line breaks between blocks, but keeps breaks within a paragraph', () => {
    expect(clean('<p>One<br>line two</p><br><p><br></p><p>&nbsp;</p><p>Three</p>')).toBe(
      '<p>One<br>line two</p><p>Three</p>',
    );
  });

  it('keeps list structure, nesting lists written straight inside a list under the item before', () => {
    expect(clean('<ol start="3"><li>One<ul><li>a</li></ul></li><ul><li>b</li></ul>stray</ol>')).toBe(
      '<ol start="3"><li><p>One</p><ul><li><p>a</p></li></ul><ul><li><p>b</p></li></ul></li>' +
        '<li><p>stray</p></li></ol>',
    );
  });

  it('tells Word’s numbered lists from its bulleted ones, and keeps separate lists apart', () => {
    const wordItem = (list: string, marker: string, text: string) =>
      `<p style="mso-list:${list} level1 lfo1">` +
      `<span style="mso-list:Ignore">${marker}&nbsp;&nbsp;</span>${text}</p>`;

    expect(
      clean(
        wordItem('l0', 'a)', 'A') +
          wordItem('l0', 'iv.', 'B') +
          wordItem('l1', '§', 'C') +
          wordItem('l2', '-', 'D'),
      ),
    ).toBe('<ol><li><p>A</p></li><li><p>B</p></li></ol><ul><li><p>C</p></li></ul><ul><li><p>D</p></li></ul>');
  });

  it('keeps the story’s own blocks only when they were copied from the editor', () => {
    const dateline = '<p data-type="dateline" data-city="Kyiv" data-source="AP">KYIV (AP) —</p>';

    expect(clean(dateline)).toBe('<p>KYIV (AP) —</p>');
    expect(clean(`<p data-pm-slice="0 0 []">Lead</p>${dateline}`)).toBe(
      `<p data-pm-slice="0 0 []">Lead</p>${dateline}`,
    );
  });
});
