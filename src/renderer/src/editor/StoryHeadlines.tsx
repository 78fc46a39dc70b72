import { TextField } from '../common/TextField';
import type { StoryMetadata } from './useStoryDraft';

interface StoryHeadlinesProps {
  headline: string;
  subheadline: string;
  readOnly: boolean;
  focusHeadline: boolean;
  onEdit: (changes: Partial<StoryMetadata>) => void;
}

/** Above the body, where the writer reads them with the copy. */
export function StoryHeadlines({
  headline,
  subheadline,
  readOnly,
  focusHeadline,
  onEdit,
}: StoryHeadlinesProps) {
  const missing = !readOnly && headline.trim() === '';
  return (
    <div className="story-headlines">
      <TextField
        className="headline-field"
        label="Headline"
        value={headline}
        placeholder="Write a headline"
        readOnly={readOnly}
        autoFocus={focusHeadline}
        maxLength={500}
        // Only a hint: a draft may stay untitled for a while, and saving it must still work.
        note={missing ? { text: 'A story needs a headline before it is filed.', kind: 'hint' } : null}
        onChange={(value) => onEdit({ headline: value })}
      />
      <TextField
        className="subheadline-field"
        label="Subheadline"
        value={subheadline}
        placeholder="Optional deck under the headline"
        readOnly={readOnly}
        maxLength={1000}
        onChange={(value) => onEdit({ subheadline: value })}
      />
    </div>
  );
}
