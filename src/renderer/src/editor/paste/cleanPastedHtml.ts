import type { Schema } from '@tiptap/pm/model';
import { cleanChildren } from './cleanNodes';
import { inlineOrParagraphs } from './flowContent';
import { storyBlockSelectors } from './storyMarkup';
import { convertWordLists } from './wordLists';

/**
 * The pasted markup, parsed where nothing in it can run or load: a template's content lives in a
 * document with no browsing context (unlike a DOMParser document in happy-dom, which loads iframes).
 */
function parseInert(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/**
 * Pasted HTML reduced to the story's structure: paragraphs, subheads, lists, bold, italic, underline,
 * strikethrough, safe links, line breaks and rules. Everything else (styles, classes, scripts, event
 * handlers, media, tracking markup) is dropped by an allow-list walk over the parsed markup.
 */
export function cleanPastedHtml(html: string, schema: Schema): string {
  const pasted = parseInert(html);
  const output = pasted.ownerDocument;
  convertWordLists(pasted);
  const context = {
    output,
    fromEditor: pasted.querySelector('[data-pm-slice]') !== null,
    storyBlockSelectors: storyBlockSelectors(schema),
    insideLink: false,
  };
  const container = output.createElement('div');
  container.append(...inlineOrParagraphs(cleanChildren(pasted, context), output));
  return container.innerHTML;
}
