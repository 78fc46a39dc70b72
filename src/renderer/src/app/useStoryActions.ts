import { useRef } from 'react';
import type { Result } from '@shared/contract/result';
import { useApi } from '../api/ApiContext';
import type { OpenStoryControls } from '../editor/useOpenStory';
import type { LibraryView } from '../library/libraryView';
import { neighbourOf } from '../library/neighbourOf';
import type { StoryList } from '../library/useStoryList';

interface StoryActionsOptions {
  showView: (view: LibraryView) => void;
  list: StoryList;
  session: OpenStoryControls;
  report: (message: string) => void;
}

export interface StoryActionHandlers {
  newStory: () => void;
  duplicate: () => void;
  moveToTrash: () => void;
  restore: () => void;
  purge: () => void;
}

/** The library actions on the open story: each saves pending edits first, then moves the selection. */
export function useStoryActions({
  showView,
  list,
  session,
  report,
}: StoryActionsOptions): StoryActionHandlers {
  const api = useApi();
  // A double click must not create two stories or act twice on one.
  const busy = useRef(false);

  function exclusive(task: () => Promise<void>): () => void {
    return () => {
      if (busy.current) return;
      busy.current = true;
      void task().finally(() => {
        busy.current = false;
      });
    };
  }

  function succeeded<T>(result: Result<T>, action: string): result is { ok: true; value: T } {
    if (!result.ok) report(`Could not ${action}: ${result.error.message}`);
    return result.ok;
  }

  async function select(next: string | null): Promise<void> {
    void list.refresh();
    if (next) await session.open(next);
    else session.close();
  }

  const newStory = exclusive(async () => {
    if (!(await session.save())) return;
    const result = await api.story.create({ draft: {} });
    if (!succeeded(result, 'create a story')) return;
    session.show(result.value, { focusHeadline: true });
    showView('active');
  });

  const duplicate = exclusive(async () => {
    const id = session.current?.story.id;
    if (!id || !(await session.save())) return;
    const result = await api.story.duplicate({ id });
    if (!succeeded(result, 'duplicate the story')) return;
    session.show(result.value);
    showView('active');
  });

  const moveToTrash = exclusive(async () => {
    const id = session.current?.story.id;
    if (!id || !(await session.save())) return;
    const next = neighbourOf(list.items, id);
    if (!succeeded(await api.story.trash({ id }), 'move the story to the trash')) return;
    await select(next);
  });

  const restore = exclusive(async () => {
    const id = session.current?.story.id;
    if (!id) return;
    if (!succeeded(await api.story.restore({ id }), 'restore the story')) return;
    showView('active');
    await session.reload();
  });

  const purge = exclusive(async () => {
    const id = session.current?.story.id;
    if (!id) return;
    const next = neighbourOf(list.items, id);
    if (!succeeded(await api.story.purge({ id }), 'delete the story')) return;
    await select(next);
  });

  return { newStory, duplicate, moveToTrash, restore, purge };
}
