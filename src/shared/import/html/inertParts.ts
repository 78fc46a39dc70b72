// Never a page's visible words: code, styles, fallbacks for browsers without scripts, unused templates.
const INERT = 'script, style, noscript, template, head, link, meta';

/** Removes what a page holds that no reader sees, so none of it can reach the story as text. */
export function removeInertParts(root: Element): void {
  for (const element of [...root.querySelectorAll(INERT)]) element.remove();
}
