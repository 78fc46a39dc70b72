import type { EditorNodeJson } from '../../story/editorDocument';
import { inlineText, withoutLeadingChars } from './inlineText';
import { type DatelineFields, leadingDateline } from './markedDateline';

/** The dateline opening the lede (`ISTANBUL, Turkey —`), lifted out of it; the lede goes if nothing is left. */
export function liftLedeDateline(
  blocks: EditorNodeJson[],
  referenceDate?: string,
): { dateline: DatelineFields | null; blocks: EditorNodeJson[] } {
  const ledeAt = blocks.findIndex((block) => block.type === 'paragraph' && inlineText(block).trim() !== '');
  const lede = blocks[ledeAt];
  if (!lede || blocks.slice(0, ledeAt).some((block) => block.type !== 'paragraph'))
    return { dateline: null, blocks };
  const text = inlineText(lede);
  const found = leadingDateline(text, referenceDate);
  if (!found) return { dateline: null, blocks };
  const rest = withoutLeadingChars(lede, text.length - found.rest.length);
  const kept = (rest.content ?? []).length > 0 ? [rest] : [];
  return {
    dateline: found.fields,
    blocks: [...blocks.slice(0, ledeAt), ...kept, ...blocks.slice(ledeAt + 1)],
  };
}
