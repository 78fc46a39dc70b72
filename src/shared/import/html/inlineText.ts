import type { EditorNodeJson } from '../../story/editorDocument';

/** A block's words as one line: a line break reads as a space, so sentences on two lines stay apart. */
export function inlineText(block: EditorNodeJson): string {
  return (block.content ?? []).map((inline) => (inline.type === 'text' ? (inline.text ?? '') : ' ')).join('');
}

/** The block's inline content without its first `count` characters (as `inlineText` counts them). */
export function withoutLeadingChars(block: EditorNodeJson, count: number): EditorNodeJson {
  let left = count;
  const content: EditorNodeJson[] = [];
  for (const inline of block.content ?? []) {
    const length = inline.type === 'text' ? (inline.text ?? '').length : 1;
    if (left >= length) {
      left -= length;
      continue;
    }
    const text =
      content.length === 0 && inline.type === 'text' ? (inline.text ?? '').slice(left).trimStart() : null;
    left = 0;
    if (text === '') continue;
    content.push(text === null ? inline : { ...inline, text });
  }
  return { ...block, content };
}
