import { isSafeLinkHref } from '../../editor/link/safeLinkHref';
import type { Inline, TextRun } from '../model/exportStory';
import type { XmlNode } from '../xml/xmlNode';
import { element } from '../xml/xmlNode';

const MARKS = ['bold', 'italic', 'underline', 'strike'] as const;

// NITF has one emphasis element, `em`, and no bold or underline of its own; its class names the marks,
// so a reader that knows them can set each, and any other still sees the words emphasized.
function runNode(run: TextRun): XmlNode {
  const marks = MARKS.filter((mark) => run[mark]);
  let node: XmlNode = run.text;
  if (marks.length > 0) node = element('em', { class: marks.join(' ') }, [node]);
  // The editor only keeps safe links; checking again costs nothing and holds for hand-edited files.
  if (run.href !== null && isSafeLinkHref(run.href)) node = element('a', { href: run.href }, [node]);
  return node;
}

/** A run of text as NITF's enriched text: `em` for marks, `a` for links, `br` for line breaks. */
export function nitfInlines(inlines: readonly Inline[]): XmlNode[] {
  return inlines.map((inline) => (inline.kind === 'break' ? element('br') : runNode(inline)));
}
