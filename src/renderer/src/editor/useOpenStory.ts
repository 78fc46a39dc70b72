import { useCallback, useRef } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Story } from '@shared/story/story';
import { useApi } from '../api/ApiContext';
import type { Observable } from '../common/Observable';
import type { SaveStatus } from './saveStatus';
import { useAutosave } from './saving/useAutosave';
import type { OpenStory, StoryMetadata } from './useStoryDraft';
import { useStoryDraft } from './useStoryDraft';

export type { OpenStory, StoryMetadata } from './useStoryDraft';

interface OpenStoryOptions {
  onSaved: (story: Story) => void;
  report: (message: string) => void;
}

export interface OpenStoryControls {
  current: OpenStory | null;
  status: Observable<SaveStatus>;
  conflict: boolean;
  editMetadata: (changes: Partial<StoryMetadata>) => void;
  editBody: (body: ProseMirrorNode) => void;
  /** Saves now. Resolves to false when unsaved edits could not be saved; the failure is already on screen. */
  save: () => Promise<boolean>;
  /** True while edits are unsaved or a save is still on its way. */
  hasUnsavedWork: () => boolean;
  open: (id: string) => Promise<boolean>;
  show: (story: Story, options?: { focusHeadline?: boolean }) => void;
  reload: () => Promise<void>;
  restoreRevision: (revision: number) => Promise<void>;
  close: () => void;
}

export function useOpenStory({ onSaved, report }: OpenStoryOptions): OpenStoryControls {
  const api = useApi();
  const draft = useStoryDraft();
  const autosave = useAutosave(draft, onSaved);
  const { load, unload, latest, editMetadata: applyMetadata, editBody: applyBody } = draft;
  const { changed, flush: save, reset, reportConflict } = autosave;
  const latestOpen = useRef(0);

  const show = useCallback(
    (story: Story, { focusHeadline = false }: { focusHeadline?: boolean } = {}) => {
      load(story, focusHeadline);
      reset();
    },
    [load, reset],
  );

  const close = useCallback(() => {
    unload();
    reset();
  }, [unload, reset]);

  const editMetadata = useCallback(
    (changes: Partial<StoryMetadata>) => {
      if (applyMetadata(changes)) changed();
    },
    [applyMetadata, changed],
  );

  const editBody = useCallback(
    (body: ProseMirrorNode) => {
      if (applyBody(body)) changed();
    },
    [applyBody, changed],
  );

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
    [api, latest, report, save, show],
  );

  const reload = useCallback(async () => {
    const current = latest.current;
    if (!current) return;
    const result = await api.story.get({ id: current.story.id });
    if (result.ok) show(result.value);
    else report(`Could not reload the story: ${result.error.message}`);
  }, [api, latest, report, show]);

  const restoreRevision = useCallback(
    async (revision: number) => {
      if (!(await save())) return;
      const current = latest.current;
      if (!current) return;
      const result = await api.revision.restore({
        id: current.story.id,
        revision,
        baseRevision: current.story.revision,
      });
      if (!result.ok) {
        if (result.error.code === 'conflict') reportConflict();
        report(`Could not restore revision ${revision}: ${result.error.message}`);
        return;
      }
      show(result.value);
      onSaved(result.value);
    },
    [api, latest, onSaved, report, reportConflict, save, show],
  );

  return {
    current: draft.current,
    status: autosave.status,
    conflict: autosave.conflict,
    editMetadata,
    editBody,
    save,
    hasUnsavedWork: autosave.hasUnsavedWork,
    open,
    show,
    reload,
    restoreRevision,
    close,
  };
}
