import { useRef, useState } from 'react';
import type { StoryHit } from '@shared/contract/querySchemas';
import type { Result } from '@shared/contract/result';
import { useApi } from '../../api/ApiContext';

export interface UndoOffer {
  message: string;
  undo: () => void;
}

interface HomeActionsOptions {
  /** The library changed: ask again for what is on screen. */
  changed: () => void;
  /** Select this story once it shows up in the list. */
  selectWhenListed: (id: string) => void;
  report: (message: string) => void;
}

export interface HomeActions {
  undoOffer: UndoOffer | null;
  dismissUndo: () => void;
  duplicate: (story: StoryHit) => void;
  moveToTrash: (story: StoryHit) => void;
  restore: (story: StoryHit) => void;
  purge: (story: StoryHit) => void;
}

const titleOf = (story: StoryHit) => story.headline || 'Untitled story';

/** What the library view does to its selected story; each change asks the list again. */
export function useHomeActions({ changed, selectWhenListed, report }: HomeActionsOptions): HomeActions {
  const api = useApi();
  const [undoOffer, setUndoOffer] = useState<UndoOffer | null>(null);
  // A held-down Delete key must not send the next story after the first.
  const busy = useRef(false);

  function exclusive<T>(task: (story: T) => Promise<void>): (story: T) => void {
    return (story) => {
      if (busy.current) return;
      busy.current = true;
      void task(story).finally(() => {
        busy.current = false;
      });
    };
  }

  function succeeded(result: Result<unknown>, action: string): boolean {
    if (!result.ok) report(`Could not ${action}: ${result.error.message}`);
    return result.ok;
  }

  const restoreNow = async (story: StoryHit) => {
    if (!succeeded(await api.story.restore({ id: story.id }), 'restore the story')) return;
    setUndoOffer(null);
    selectWhenListed(story.id);
    changed();
  };

  return {
    undoOffer,
    dismissUndo: () => setUndoOffer(null),
    duplicate: exclusive(async (story: StoryHit) => {
      const result = await api.story.duplicate({ id: story.id });
      if (!result.ok) return void succeeded(result, 'duplicate the story');
      selectWhenListed(result.value.id);
      changed();
    }),
    moveToTrash: exclusive(async (story: StoryHit) => {
      if (!succeeded(await api.story.trash({ id: story.id }), 'move the story to the trash')) return;
      setUndoOffer({
        message: `“${titleOf(story)}” was moved to the trash.`,
        undo: () => void restoreNow(story),
      });
      changed();
    }),
    restore: exclusive(restoreNow),
    purge: exclusive(async (story: StoryHit) => {
      if (!succeeded(await api.story.purge({ id: story.id }), 'delete the story')) return;
      changed();
    }),
  };
}
