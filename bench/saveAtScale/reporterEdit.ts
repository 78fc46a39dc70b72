import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { StoryDraft } from '@shared/story/story';
import type { Random } from '../library/random';

const isEditable = (node: EditorNodeJson) =>
  node.type === 'paragraph' && (node.content ?? []).some((child) => child.type === 'text');

/** `paragraph` with `word` typed at its end, in the last text run when it carries no marks (a link, say). */
function withWordAtEnd(paragraph: EditorNodeJson, word: string): EditorNodeJson {
  const content = [...(paragraph.content ?? [])];
  const last = content[content.length - 1];
  if (last?.type === 'text' && !last.marks?.length)
    content[content.length - 1] = { ...last, text: `${last.text} ${word}` };
  else content.push({ type: 'text', text: ` ${word}` });
  return { ...paragraph, content };
}

/** The draft as a reporter leaves it after adding `word` to the end of one of its paragraphs, drawn at random. */
export function reporterEdit(draft: StoryDraft, word: string, random: Random): StoryDraft {
  const blocks = draft.body.content ?? [];
  const editable = blocks.flatMap((node, at) => (isEditable(node) ? [at] : []));
  if (editable.length === 0) throw new Error('The story has no paragraph of text to edit.');
  const chosen = editable[Math.floor(random() * editable.length)]!;
  const content = blocks.map((node, at) => (at === chosen ? withWordAtEnd(node, word) : node));
  return { ...draft, body: { ...draft.body, content } };
}
