import type { CleanContext } from './cleanContext';
import { cleanElementFor } from './cleanContext';
import { cleanList } from './cleanList';
import { hasText, inlineOrParagraphs, isBlock, paragraphsOf } from './flowContent';
import type { InlineStyle } from './inlineStyle';
import { inlineStyleOf, isHidden, marksOfStyle } from './inlineStyle';
import type { MarkTag } from './markupRules';
import { DROPPED_WITH_CONTENT, FLOW_CONTAINERS, HEADING_LEVELS, MARK_TAGS } from './markupRules';
import { safeHref } from './safeHref';
import { copyDataAttributes } from './storyMarkup';

const MARK_ORDER: readonly MarkTag[] = ['strong', 'em', 'u', 's'];

/** The allow-listed copy of a node's children: only what `markupRules` lets through survives. */
export function cleanChildren(parent: Node, context: CleanContext): Node[] {
  return [...parent.childNodes].flatMap((child) => cleanNode(child, context));
}

function cleanNode(node: Node, context: CleanContext): Node[] {
  if (node.nodeType === Node.TEXT_NODE) return [context.output.createTextNode(node.textContent ?? '')];
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  // tagName, not localName: Word's `<o:p>` has the local name "p" in some parsers.
  const tag = element.tagName.toLowerCase();
  const style = inlineStyleOf(element);
  if (DROPPED_WITH_CONTENT.has(tag) || isHidden(element, style)) return [];
  if (context.fromEditor && context.storyBlockSelectors.some((selector) => element.matches(selector))) {
    return [storyBlock(element, tag, context)];
  }
  return cleanElement(element, tag, style, context);
}

function cleanElement(element: Element, tag: string, style: InlineStyle, context: CleanContext): Node[] {
  const heading = HEADING_LEVELS[tag];
  if (heading) return textblock(element, heading, context);
  if (tag === 'p') return textblock(element, 'p', context);
  if (tag === 'ul' || tag === 'ol') return cleanList(element, context, (child) => cleanNode(child, context));
  if (tag === 'br' || tag === 'hr') return [cleanElementFor(context, tag, element)];
  // Word pads with runs of no-break spaces that would otherwise survive as leading blanks.
  if (style.has('mso-spacerun')) return [context.output.createTextNode(' ')];
  if (FLOW_CONTAINERS.has(tag)) return paragraphsOf(cleanChildren(element, context), context.output);
  if (tag === 'a') return link(element, context);
  return formatted(element, tag, style, context);
}

function textblock(element: Element, tag: string, context: CleanContext): Node[] {
  const content = cleanChildren(element, context);
  if (content.some(isBlock)) return paragraphsOf(content, context.output);
  if (!hasText(content)) return [];
  const block = cleanElementFor(context, tag, element);
  block.append(...content);
  return [block];
}

function link(element: Element, context: CleanContext): Node[] {
  const href = safeHref(element.getAttribute('href'));
  const content = cleanChildren(element, { ...context, insideLink: context.insideLink || href !== null });
  if (!href || content.length === 0 || content.some(isBlock)) return content;
  const anchor = cleanElementFor(context, 'a', element);
  anchor.setAttribute('href', href);
  anchor.append(...content);
  return [anchor];
}

/** Spans, fonts, `<b>`, `<i>` and unknown elements: their text, wrapped in the formatting they mean. */
function formatted(element: Element, tag: string, style: InlineStyle, context: CleanContext): Node[] {
  const content = cleanChildren(element, context);
  if (content.length === 0 || content.some(isBlock)) return content;
  const styleMarks = marksOfStyle(style, context.insideLink);
  const tagMark = MARK_TAGS[tag];
  const marks = MARK_ORDER.filter(
    (mark) => styleMarks.add.includes(mark) || (mark === tagMark && !styleMarks.remove.includes(mark)),
  );
  return marks.reduceRight<Node[]>((inner, mark) => {
    const wrapper = cleanElementFor(context, mark, element);
    wrapper.append(...inner);
    return [wrapper];
  }, content);
}

/** Copydesk's own dateline, quote, credit and note blocks, kept whole when copied inside the editor. */
function storyBlock(element: Element, tag: string, context: CleanContext): Node {
  const block = context.output.createElement(tag);
  copyDataAttributes(element, block);
  block.append(...inlineOrParagraphs(cleanChildren(element, context), context.output));
  return block;
}
