import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storySchema } from '@shared/editor/storySchema';
import { cleanPastedHtml } from '../../../../src/renderer/src/editor/paste/cleanPastedHtml';
import { ALLOWED_ATTRIBUTES } from '../../../../src/renderer/src/editor/paste/markupRules';
import { editorWith } from './support/pasteInto';

const clean = (html: string) => cleanPastedHtml(html, storySchema());

const TAGS = [
  'p',
  'div',
  'span',
  'font',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'a',
  'br',
  'hr',
  'h1',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'td',
  'pre',
  'o:p',
  'script',
  'style',
  'img',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'textarea',
  'template',
  'noscript',
  'xmp',
  'figure',
  'aside',
];

const ATTRIBUTES = [
  'onclick="alert(1)"',
  'onerror=alert(1)',
  'onmouseover = "steal()"',
  'href="javascript:alert(1)"',
  'href=" JaVaScRiPt:alert(1)"',
  'href="java&#x09;script:alert(1)"',
  'href="data:text/html,<script>alert(1)</script>"',
  'href="vbscript:msgbox(1)"',
  'href="https://example.com/a?b=<script>"',
  'href="mailto:a<script>@example.com"',
  'href="/relative"',
  'src="javascript:alert(1)"',
  'srcdoc="<script>alert(1)</script>"',
  'style="font-weight:700"',
  'style="display:none"',
  'style="background:url(javascript:alert(1))"',
  'style="mso-list:l0 level1 lfo1"',
  'style="mso-list:Ignore"',
  'class="MsoNormal"',
  'id="docs-internal-guid-1"',
  'data-type="dateline"',
  'data-city="<script>"',
  'start="3"',
  'start="javascript:1"',
  'hidden',
];

const TEXTS = [
  '<script>alert(1)</script>',
  '&lt;script&gt;',
  'javascript:alert(1)',
  ' on',
  '<!--[if !supportLists]-->',
  '<![endif]>',
  '&nbsp;',
];

const markup = fc.letrec<{ node: string; element: string; text: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, tie('text'), tie('element')),
  text: fc.oneof(fc.string(), fc.constantFrom(...TEXTS)),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    })
    .map(
      ({ tag, attributes, children }) => `<${[tag, ...attributes].join(' ')}>${children.join('')}</${tag}>`,
    ),
}));

const pasted = fc.oneof(
  fc.string(),
  markup.node,
  fc.array(markup.node, { maxLength: 5 }).map((nodes) => nodes.join('')),
);

const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** Every way the cleaned markup could break the allow-list, as readable strings (empty when it holds). */
function disallowedIn(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll('*')].flatMap((element) => {
    const tag = element.tagName.toLowerCase();
    const allowed = ALLOWED_ATTRIBUTES[tag];
    if (!allowed) return [`<${tag}>`];
    return [...element.attributes].flatMap(({ name, value }) => {
      if (!allowed.includes(name)) return [`${tag}[${name}]`];
      if (name === 'href' && !LINK_PROTOCOLS.includes(new URL(value).protocol)) return [`href=${value}`];
      if (name === 'start' && !/^\d+$/.test(value)) return [`start=${value}`];
      return [];
    });
  });
}

describe('cleanPastedHtml on arbitrary input', () => {
  it('lets through only the allowed elements and attributes, never a script or a script URL', () => {
    fc.assert(
      fc.property(pasted, (html) => {
        const cleaned = clean(html);
        expect(cleaned.toLowerCase()).not.toContain('<script');
        expect(disallowedIn(cleaned)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is settled after one pass: cleaning cleaned markup changes nothing', () => {
    fc.assert(
      fc.property(pasted, (html) => {
        const cleaned = clean(html);
        expect(clean(cleaned)).toBe(cleaned);
      }),
      { numRuns: 300 },
    );
  });

  it('always pastes into a valid story document', () => {
    const editor = editorWith();
    fc.assert(
      fc.property(pasted, (html) => {
        editor.commands.setContent('<p>Lead</p>');
        editor.view.pasteHTML(html);
        expect(() => editor.state.doc.check()).not.toThrow();
      }),
      { numRuns: 200 },
    );
    editor.destroy();
  });
});
