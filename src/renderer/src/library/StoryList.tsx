import type { StorySummary } from '@shared/story/story';
import type { LibraryView } from './libraryView';
import { VIEW_LABELS } from './libraryView';
import { StoryListItem } from './StoryListItem';

interface StoryListProps {
  view: LibraryView;
  stories: StorySummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

export function StoryList({ view, stories, selectedId, onOpen }: StoryListProps) {
  return (
    <ul className="story-list" aria-label={VIEW_LABELS[view]}>
      {stories.map((story) => (
        <StoryListItem key={story.id} story={story} selected={story.id === selectedId} onOpen={onOpen} />
      ))}
    </ul>
  );
}
