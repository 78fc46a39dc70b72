import type { Page } from 'playwright-core';
import type { DesignVariant } from './designVariants';
import type { KeystrokeCosts } from './keystrokeCosts';
import { keystrokeCosts, TRACE_CATEGORIES } from './keystrokeCosts';

export interface TypingOptions {
  keys: number;
  /** Milliseconds each key is held down; the next is pressed as soon as it is released. */
  keyHoldMs: number;
}

const WARM_UP_TEXT = ' Warm up the keystroke path.';
const PROSE =
  ' Talks are expected to resume next week in Istanbul, officials said, as both delegations prepare new ' +
  'proposals on prisoner exchanges and the return of children. Negotiators declined to give a date for the ' +
  'next round, but said that technical teams would meet on Friday.';
const SETTLE_MS = 500;

/** `keys` characters of plain prose, as a reporter adds a paragraph's last sentences. */
function typedText(keys: number): string {
  return PROSE.repeat(Math.ceil(keys / PROSE.length)).slice(0, keys);
}

// Ctrl+End after a click left the caret at the paragraph's start in about one run in four, and a click can
// land on another block when content-visibility resizes blocks as they scroll in, so the caret is put in
// place through focus and the DOM selection, which ProseMirror adopts on selectionchange.
const CARET_TO_END = `(() => {
  const editor = document.querySelector('.ProseMirror');
  const last = editor.lastElementChild;
  last.scrollIntoView({ block: 'center' });
  editor.focus({ preventScroll: true });
  const walker = document.createTreeWalker(last, NodeFilter.SHOW_TEXT);
  let text = null;
  while (walker.nextNode()) text = walker.currentNode;
  getSelection().collapse(text, text.length);
})()`;

const CARET_IS_AT_END = `(() => {
  const editor = document.querySelector('.ProseMirror');
  const selection = getSelection();
  return document.activeElement === editor && selection.isCollapsed &&
    editor.lastElementChild.contains(selection.anchorNode) &&
    selection.anchorOffset === selection.anchorNode.textContent.length;
})()`;

// cloneNode copies no listeners, so nothing but the browser itself reacts to the typing.
const REPLACE_EDITOR_WITH_PLAIN_COPY = `(() => {
  const editor = document.querySelector('.ProseMirror');
  editor.replaceWith(editor.cloneNode(true));
})()`;

async function lastParagraphText(page: Page): Promise<string> {
  return String(await page.evaluate(`document.querySelector('.ProseMirror')?.lastElementChild?.textContent`));
}

/**
 * Puts the caret at the end of the open story's last paragraph, warms the typing path up, then types
 * `keys` characters under a Chromium trace.
 */
export async function measureTyping(
  page: Page,
  design: DesignVariant,
  options: TypingOptions,
): Promise<KeystrokeCosts> {
  const browser = page.context().browser();
  if (!browser) throw new Error('Tracing needs a launched browser.');
  if (design.plainEditable) await page.evaluate(REPLACE_EDITOR_WITH_PLAIN_COPY);
  await page.evaluate(CARET_TO_END);
  await page.waitForTimeout(SETTLE_MS);
  if (!(await page.evaluate(CARET_IS_AT_END))) throw new Error('The caret is not at the end of the story.');
  await page.keyboard.type(WARM_UP_TEXT, { delay: options.keyHoldMs });
  await page.waitForTimeout(SETTLE_MS);

  const text = typedText(options.keys);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.keyboard.type(text, { delay: options.keyHoldMs });
  await page.waitForTimeout(options.keyHoldMs);
  const trace = await browser.stopTracing();

  const typed = await lastParagraphText(page);
  if (!typed.endsWith(`${WARM_UP_TEXT}${text}`)) {
    throw new Error(`The typing did not land at the end of the story; its last paragraph reads "${typed}".`);
  }
  return keystrokeCosts(trace, text.length);
}
