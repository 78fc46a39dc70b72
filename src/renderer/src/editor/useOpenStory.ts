import { useCallback, useRef, useState } from 'react';
import type { Story, StoryDraft } from '@shared/story/story';
import { useApi } from '../api/ApiContext';
import { draftOf } from '@shared/story/draftOf';
import type { SaveStatus } from './saveStatus';
import { slugForHeadline } from './slugForHeadline';

export interface OpenStory {
  /** As the library last returned it: its revision is the base of the next save. */
  story: Story;
  /** What the writer sees, edits included. */
  draft: StoryDraft;
  /** Changes whenever the editor must start over from `draft.body`. */
  loadId: number;
  focusHeadline: boolean;
}

export type DraftEdit = Partial<Pick<StoryDraft, 'headline' | 'section' | 'body'>>;

interface OpenStoryOptions {
  onSaved: (story: Story) => void;
  report: (message: string) => void;
}

export interface OpenStoryControls {
  current: OpenStory | null;
  status: SaveStatus;
  conflict: boolean;
  edit: (changes: DraftEdit) => void;
  /** Resolves to false when unsaved edits could not be saved; the failure is already on screen. */
  save: () => Promise<boolean>;
  open: (id: string) => Promise<boolean>;
  show: (story: Story, options?: { focusHeadline?: boolean }) => void;
  reload: () => Promise<void>;
  restoreRevision: (revision: number) => Promise<void>;
  close: () => void;
}

const SAVED: SaveStatus = { kind: 'saved' };
const UNSAVED: SaveStatus = { kind: 'unsaved' };
const SAVING: SaveStatus = { kind: 'saving' };

export function useOpenStory({ onSaved, report }: OpenStoryOptions): OpenStoryControls {
  const api = useApi();
  const [current, setCurrent] = useState<OpenStory | null>(null);
  const [status, setStatus] = useState<SaveStatus>(SAVED);
  const [conflict, setConflict] = useState(false);
  // Saves and loads are asynchronous; they read and write these refs so they never act on a stale render.
  const latest = useRef<OpenStory | null>(null);
  const edits = useRef({ made: 0, saved: 0 });
  const saveQueue = useRef<Promise<boolean>>(Promise.resolve(true));
  const loads = useRef(0);
  const latestOpen = useRef(0);

  const commit = useCallback((next: OpenStory | null) => {
    latest.current = next;
    setCurrent(next);
  }, []);

  const show = useCallback(
    (story: Story, { focusHeadline = false }: { focusHeadline?: boolean } = {}) => {
      loads.current += 1;
      edits.current = { made: 0, saved: 0 };
      commit({ story, draft: draftOf(story), loadId: loads.current, focusHeadline });
      setStatus(SAVED);
      setConflict(false);
    },
    [commit],
  );

  const close = useCallback(() => {
    edits.current = { made: 0, saved: 0 };
    commit(null);
    setStatus(SAVED);
    setConflict(false);
  }, [commit]);

  const edit = useCallback(
    (changes: DraftEdit) => {
      const open = latest.current;
      if (!open || open.story.trashedAt !== null) return;
      const draft = { ...open.draft, ...changes };
      if (changes.headline !== undefined) {
        draft.slug = slugForHeadline(open.draft.headline, open.draft.slug, changes.headline);
      }
      edits.current.made += 1;
      commit({ ...open, draft });
      setStatus((previous) => (previous.kind === 'saved' ? UNSAVED : previous));
    },
    [commit],
  );

  const saveNow = useCallback(async (): Promise<boolean> => {
    const open = latest.current;
    if (!open || edits.current.made === edits.current.saved) return true;
    const editsSent = edits.current.made;
    setStatus(SAVING);
    const result = await api.story.save({
      id: open.story.id,
      baseRevision: open.story.revision,
      draft: open.draft,
    });
    const now = latest.current;
    if (now?.loadId !== open.loadId) return result.ok;
    if (!result.ok) {
      setStatus({ kind: 'failed', message: result.error.message });
      if (result.error.code === 'conflict') setConflict(true);
      return false;
    }
    edits.current.saved = editsSent;
    commit({ ...now, story: result.value });
    setStatus(edits.current.made === editsSent ? SAVED : UNSAVED);
    onSaved(result.value);
    return true;
  }, [api, commit, onSaved]);

  // One save at a time: a second request waits, then saves whatever is still unsaved.
  const save = useCallback(() => {
    const next = saveQueue.current.then(saveNow);
    saveQueue.current = next;
    return next;
  }, [saveNow]);

  const open = useCallback(
    async (id: string) => {
      const request = ++latestOpen.current;
      if (latest.current?.story.id === id) return true;
      if (!(await save())) return false;
      const result = await api.story.get({ id });
      if (request !== latestOpen.current) return false;
      if (!result.ok) {
        report(`Could not open the story: ${result.error.message}`);
        return false;
      }
      // Edits typed while the story was loading belong to the old story; keep them before switching.
      if (!(await save())) return false;
      show(result.value);
      return true;
    },
    [api, report, save, show],
  );

  const reload = useCallback(async () => {
    const open = latest.current;
    if (!open) return;
    const result = await api.story.get({ id: open.story.id });
    if (result.ok) show(result.value);
    else report(`Could not reload the story: ${result.error.message}`);
  }, [api, report, show]);

  const restoreRevision = useCallback(
    async (revision: number) => {
      if (!(await save())) return;
      const open = latest.current;
      if (!open) return;
      const result = await api.revision.restore({
        id: open.story.id,
        revision,
        baseRevision: open.story.revision,
      });
      if (!result.ok) {
        if (result.error.code === 'conflict') setConflict(true);
        report(`Could not restore revision ${revision}: ${result.error.message}`);
        return;
      }
      show(result.value);
      onSaved(result.value);
    },
    [api, onSaved, report, save, show],
  );

  return { current, status, conflict, edit, save, open, show, reload, restoreRevision, close };
}
