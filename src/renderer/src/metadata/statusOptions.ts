import { STORY_STATUSES } from '@shared/story/story';
import type { StoryStatus } from '@shared/story/story';
import type { SelectOption } from '../common/SelectField';
import { STATUS_LABELS } from '../library/statusLabel';

export const STATUS_OPTIONS: readonly SelectOption<StoryStatus>[] = STORY_STATUSES.map((status) => ({
  value: status,
  label: STATUS_LABELS[status],
}));
