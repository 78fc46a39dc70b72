import type { CleanContext } from './cleanContext';
import { cleanElementFor } from './cleanContext';
import { isBlock, paragraphsOf } from './flowContent';

function isList(node: Node): boolean {
  return isBlock(node) && (node.nodeName === 'UL' || node.nodeName === 'OL');
}

/**
 * A list as the story schema wants it: items holding paragraphs. Stray content directly inside a list
 * becomes an item of its own, and a list nested straight in a list (as Google Docs writes nested levels)
 * joins the item before it.
 */
export function cleanList(list: Element, context: CleanContext, clean: (node: Node) => Node[]): Node[] {
  const items: Element[] = [];
  for (const child of list.childNodes) {
    const blocks = paragraphsOf(clean(child), context.output);
    if (blocks.length === 0) continue;
    const previous = items.at(-1);
    if (previous && blocks.every(isList)) {
      previous.append(...blocks);
      continue;
    }
    const item = context.output.createElement('li');
    item.append(...blocks);
    items.push(item);
  }
  if (items.length === 0) return [];
  const cleaned = cleanElementFor(context, list.tagName.toLowerCase(), list);
  const start = list.getAttribute('start');
  if (list.tagName === 'OL' && start && /^\d{1,9}$/.test(start)) cleaned.setAttribute('start', start);
  cleaned.append(...items);
  return [cleaned];
}
