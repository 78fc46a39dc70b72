export interface CleanContext {
  /** The inert document the cleaned nodes are built in. */
  output: Document;
  /** Copied from a ProseMirror editor, such as Copydesk itself: its structured story blocks are kept. */
  fromEditor: boolean;
  storyBlockSelectors: readonly string[];
  insideLink: boolean;
}

const SLICE_MARKER = 'data-pm-slice';

/**
 * A cleaned element standing for `source`. ProseMirror's own clipboard marker is carried over, so a
 * copy inside the editor still pastes with the open paragraphs and list items it was cut from.
 */
export function cleanElementFor(context: CleanContext, tag: string, source?: Element): HTMLElement {
  const element = context.output.createElement(tag);
  const marker = source?.getAttribute(SLICE_MARKER);
  if (context.fromEditor && marker) element.setAttribute(SLICE_MARKER, marker);
  return element;
}
