import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorDocument } from '@shared/story/editorDocument';
import { wordCountOf } from '@shared/story/wordCount';
import { debounce } from '../common/debounce';

/**
 * Counting a 50,000-word story takes a few milliseconds: fine after a pause, too much for every
 * keystroke. So the count follows the body once typing pauses, and every two seconds while it goes on.
 */
const COUNT_AFTER_MS = 300;
const COUNT_AT_LEAST_EVERY_MS = 2_000;

export interface LiveWordCount {
  count: number;
  update: (body: EditorDocument) => void;
}

export function useLiveWordCount(initialBody: EditorDocument): LiveWordCount {
  const [count, setCount] = useState(() => wordCountOf(initialBody));
  const latestBody = useRef(initialBody);
  const [recount] = useState(() =>
    debounce(() => setCount(wordCountOf(latestBody.current)), COUNT_AFTER_MS, COUNT_AT_LEAST_EVERY_MS),
  );
  useEffect(() => () => recount.cancel(), [recount]);

  const update = useCallback(
    (body: EditorDocument) => {
      latestBody.current = body;
      recount.schedule();
    },
    [recount],
  );

  return { count, update };
}
