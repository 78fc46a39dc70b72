import type { EditorNodeJson } from '../../story/editorDocument';
import { creditTextFields } from '../html/creditFields';
import type { DatelineFields } from '../html/markedDateline';

const isBlank = (block: EditorNodeJson) => block.type === 'paragraph' && !(block.content ?? []).length;

/**
 * The body with what the item's metadata says and its text does not: the dateline from `located` when the
 * text has none (or the city's name as `located` writes it, where the text has it in capitals), and the
 * credit lines from `creditline` when the text has none.
 */
export function withItemParts(
  body: EditorNodeJson,
  dateline: DatelineFields | null,
  creditLines: string[],
): EditorNodeJson {
  let blocks = [...(body.content ?? [])];
  const first = blocks[0];
  if (dateline?.city && first?.type === 'dateline') {
    const city = String(first.attrs?.city ?? '');
    if (city.toLowerCase() === dateline.city.toLowerCase())
      blocks[0] = { ...first, attrs: { ...first.attrs, city: dateline.city } };
  } else if (dateline?.city) blocks.unshift({ type: 'dateline', attrs: { ...dateline } });
  if (creditLines.length > 0 && !blocks.some((block) => block.type === 'attribution')) {
    const credits = creditLines.map((line) => ({
      type: 'attribution',
      attrs: { ...creditTextFields(line) },
    }));
    blocks = [...blocks.filter((block) => !isBlank(block)), ...credits];
  }
  return { ...body, content: blocks };
}
