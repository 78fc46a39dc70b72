import { useEffect, useState } from 'react';
import type { EditorDocument } from '@shared/story/editorDocument';
import { LiveWordCount } from './LiveWordCount';

/** One live count per loaded body; its owner remounts to load another. */
export function useLiveWordCount(initialBody: EditorDocument): LiveWordCount {
  const [count] = useState(() => new LiveWordCount(initialBody));
  useEffect(() => () => count.stop(), [count]);
  return count;
}
