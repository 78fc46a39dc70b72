import { Node } from '@tiptap/pm/model';
import type { EditorNodeJson } from '../story/editorDocument';
import { storySchema } from './storySchema';

/** The problem that makes a body unusable by the editor and exporters, or null when it is a valid story body. */
export function bodyProblem(body: EditorNodeJson): string | null {
  try {
    Node.fromJSON(storySchema(), body).check();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
