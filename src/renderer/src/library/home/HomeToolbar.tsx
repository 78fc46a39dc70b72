import type { StoryHit } from '@shared/contract/querySchemas';
import type { LibraryView } from '../libraryView';

interface HomeToolbarProps {
  view: LibraryView;
  selected: StoryHit | undefined;
  onNewStory: () => void;
  onOpen: (story: StoryHit) => void;
  onDuplicate: (story: StoryHit) => void;
  onTrash: (story: StoryHit) => void;
  onRestore: (story: StoryHit) => void;
  onPurge: (story: StoryHit) => void;
}

export function HomeToolbar({ view, selected, ...on }: HomeToolbarProps) {
  const act = (handler: (story: StoryHit) => void) => () => {
    if (selected) handler(selected);
  };
  return (
    <div className="home-toolbar" role="toolbar" aria-label="Story actions">
      {view === 'active' && (
        <button type="button" className="primary" onClick={on.onNewStory}>
          New story
        </button>
      )}
      <button type="button" disabled={!selected} onClick={act(on.onOpen)}>
        Open
      </button>
      {view === 'active' ? (
        <>
          <button type="button" disabled={!selected} onClick={act(on.onDuplicate)}>
            Duplicate
          </button>
          <button type="button" disabled={!selected} onClick={act(on.onTrash)}>
            Move to trash
          </button>
        </>
      ) : (
        <>
          <button type="button" disabled={!selected} onClick={act(on.onRestore)}>
            Restore
          </button>
          <button type="button" className="danger" disabled={!selected} onClick={act(on.onPurge)}>
            Delete permanently
          </button>
        </>
      )}
    </div>
  );
}
