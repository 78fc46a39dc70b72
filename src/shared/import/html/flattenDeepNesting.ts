/** How deep the body reader follows elements: deeper than any real page, shallow enough for every reader's stack. */
export const MAX_NESTING = 200;

/**
 * Elements nested deeper than `maxDepth` become their text. Pages never nest that deep, but a hostile or
 * broken file can, and ProseMirror's parser and Readability both recurse once per level. Walks with its own
 * stack, so the walk itself cannot overflow.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_NESTING): boolean {
  let flattened = false;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      if (element.firstElementChild) {
        element.textContent = element.textContent ?? '';
        flattened = true;
      }
      continue;
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
  return flattened;
}
