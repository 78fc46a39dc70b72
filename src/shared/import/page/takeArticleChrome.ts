import type { DroppedLine } from '../recognize/recognizedCopy';
import { pageChromeReason } from '../recognize/top/boilerplate';
import { pageLines } from './pageLines';

/**
 * Takes out of the extracted article the lines that are web boilerplate wherever they stand ("Advertisement",
 * share buttons), which Readability keeps when they sit among the paragraphs, and says what each was.
 */
export function takeArticleChrome(article: Element): DroppedLine[] {
  const dropped: DroppedLine[] = [];
  for (const { text, element } of pageLines(article)) {
    const reason = element !== article && pageChromeReason(text);
    // Only an element holding nothing else goes: a container's loose words may sit beside real paragraphs.
    if (!reason || (element.textContent ?? '').replace(/\s+/g, ' ').trim() !== text) continue;
    dropped.push({ text, reason: `${reason} in the article` });
    element.remove();
  }
  return dropped;
}
