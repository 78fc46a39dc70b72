import type { StoryHit } from '@shared/contract/querySchemas';
import { formatTime } from '../../common/formatTime';
import { STATUS_LABELS } from '../statusLabel';
import { ROW_HEIGHT } from './columns';
import { Highlighted } from './Highlighted';

interface StoryGridRowProps {
  id: string;
  index: number;
  story: StoryHit | undefined;
  selected: boolean;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
}

export function StoryGridRow({ id, index, story, selected, onSelect, onOpen }: StoryGridRowProps) {
  const style = { top: index * ROW_HEIGHT, height: ROW_HEIGHT };
  if (!story) {
    return (
      <div id={id} role="row" aria-rowindex={index + 2} className="grid-row grid-row-pending" style={style}>
        <div role="gridcell" className="grid-cell">
          Loading…
        </div>
      </div>
    );
  }
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className="grid-row"
      style={style}
      data-story-id={story.id}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onOpen(index)}
    >
      <div role="gridcell" className="grid-cell grid-cell-headline">
        <span className={story.headline ? 'grid-headline' : 'grid-headline untitled'}>
          <Highlighted text={story.headline || 'Untitled story'} highlights={story.highlights} />
        </span>
        {story.snippet && (
          <span className="grid-snippet">
            <Highlighted text={story.snippet} highlights={story.highlights} />
          </span>
        )}
      </div>
      <div role="gridcell" className="grid-cell grid-cell-slug">
        {story.slug}
      </div>
      <div role="gridcell" className="grid-cell">
        {story.bylines.map((byline) => byline.name).join(', ')}
      </div>
      <div role="gridcell" className="grid-cell">
        {story.section}
      </div>
      <div role="gridcell" className="grid-cell">
        <span className={`status-chip status-${story.status}`}>{STATUS_LABELS[story.status]}</span>
      </div>
      <div role="gridcell" className="grid-cell">
        {story.datelineCity}
      </div>
      <div role="gridcell" className="grid-cell grid-cell-number">
        {story.wordCount.toLocaleString()}
      </div>
      <div role="gridcell" className="grid-cell">
        <time dateTime={story.updatedAt}>{formatTime(story.updatedAt)}</time>
      </div>
    </div>
  );
}
