import { datelineCityOf } from './datelineCity';
import type { Story, StorySummary } from './story';

export function summarize(story: Story): StorySummary {
  const { body, editorNotes: _notes, quotes: _quotes, ...rest } = story;
  return { ...rest, datelineCity: datelineCityOf(body) };
}
