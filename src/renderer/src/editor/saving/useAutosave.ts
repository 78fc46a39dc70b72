import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '@shared/story/story';
import { useApi } from '../../api/ApiContext';
import type { Observable } from '../../common/Observable';
import { ObservableValue } from '../../common/Observable';
import type { SaveStatus } from '../saveStatus';
import type { StoryDraftHolder } from '../useStoryDraft';
import type { SaveOutcome } from './AutosaveLoop';
import { AutosaveLoop } from './AutosaveLoop';

export interface Autosave {
  /** Observed rather than React state: see `useShowInDom`. */
  status: Observable<SaveStatus>;
  /** The library holds a newer revision than the one these edits were made on. */
  conflict: boolean;
  changed: () => void;
  /** Saves now; resolves to false when the edits could not be saved (the failure is on show). */
  flush: () => Promise<boolean>;
  reset: () => void;
  /** Another call (a revision restore) found the story changed elsewhere. */
  reportConflict: () => void;
  hasUnsavedWork: () => boolean;
}

/** Saves the open story through the library whenever it changes, keeping its base revision current. */
export function useAutosave(draft: StoryDraftHolder, onSaved: (story: Story) => void): Autosave {
  const api = useApi();
  const [status] = useState(() => new ObservableValue<SaveStatus>({ kind: 'saved' }));
  const [conflict, setConflict] = useState(false);

  const send = useCallback(async (): Promise<SaveOutcome> => {
    const open = draft.latest.current;
    const edited = draft.toDraft();
    if (!open || !edited) return { ok: true };
    const result = await api.story.save({
      id: open.story.id,
      baseRevision: open.story.revision,
      draft: edited,
    });
    if (draft.latest.current?.loadId !== open.loadId) return result;
    if (!result.ok) {
      if (result.error.code === 'conflict') setConflict(true);
      return result;
    }
    draft.markSaved(result.value);
    onSaved(result.value);
    return result;
  }, [api, draft, onSaved]);

  // The loop outlives renders; it always calls the send of the latest one.
  const latestSend = useRef(send);
  useEffect(() => {
    latestSend.current = send;
  }, [send]);
  const [loop] = useState(
    () => new AutosaveLoop({ send: () => latestSend.current(), onStatus: (next) => status.set(next) }),
  );
  useEffect(() => () => loop.stop(), [loop]);

  const changed = useCallback(() => loop.changed(), [loop]);
  const flush = useCallback(() => loop.flush(), [loop]);
  const hasUnsavedWork = useCallback(() => loop.hasUnsavedWork, [loop]);
  const reset = useCallback(() => {
    loop.reset();
    setConflict(false);
  }, [loop]);

  const reportConflict = useCallback(() => setConflict(true), []);

  return useMemo(
    () => ({ status, conflict, changed, flush, reset, reportConflict, hasUnsavedWork }),
    [status, conflict, changed, flush, reset, reportConflict, hasUnsavedWork],
  );
}
