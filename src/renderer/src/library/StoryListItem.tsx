import type { StorySummary } from '@shared/story/story';
import { formatTime } from '../common/formatTime';
import { wordsLabel } from '../common/wordsLabel';
import { STATUS_LABELS } from './statusLabel';

interface StoryListItemProps {
  story: StorySummary;
  selected: boolean;
  onOpen: (id: string) => void;
}

export function StoryListItem({ story, selected, onOpen }: StoryListItemProps) {
  return (
    <li>
      <button
        type="button"
        className="story-item"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(story.id)}
      >
        <span className={story.headline ? 'story-item-headline' : 'story-item-headline untitled'}>
          {story.headline || 'Untitled story'}
        </span>
        <span className="story-item-meta">
          {story.section && <span className="story-item-section">{story.section}</span>}
          <span className={`status-chip status-${story.status}`}>{STATUS_LABELS[story.status]}</span>
          <time dateTime={story.updatedAt}>{formatTime(story.updatedAt)}</time>
          <span>{wordsLabel(story.wordCount)}</span>
        </span>
      </button>
    </li>
  );
}
