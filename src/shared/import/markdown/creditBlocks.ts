import type { EditorNodeJson } from '../../story/editorDocument';
import { creditTextFields, isCreditLine } from '../html/creditFields';
import { inlineText } from '../html/inlineText';

const isItalicText = (inline: EditorNodeJson) =>
  inline.type === 'text' &&
  (inline.marks ?? []).length > 0 &&
  (inline.marks ?? []).every((mark) => mark.type === 'italic');

/**
 * Credit lines, which Markdown can only set as italic paragraphs ("_Reporting by Jane Doe in Kherson_"),
 * as the story's credit blocks. Done on the read body, not the HTML, so that copy with no other structure
 * still gets its quotes and dateline recognized.
 */
export function withCreditBlocks(blocks: EditorNodeJson[]): EditorNodeJson[] {
  return blocks.map((block) => {
    const content = block.content ?? [];
    if (block.type !== 'paragraph' || content.length === 0 || !content.every(isItalicText)) return block;
    const text = inlineText(block);
    return isCreditLine(text) ? { type: 'attribution', attrs: { ...creditTextFields(text) } } : block;
  });
}
