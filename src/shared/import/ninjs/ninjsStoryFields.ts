import { slugify } from '../../story/slugify';
import { isoTimeSchema, type StoryDraft, slugSchema, storyDraftSchema } from '../../story/story';
import type { DroppedLine } from '../recognize/recognizedCopy';
import { oneLine } from './fieldText';
import type { NinjsFields } from './ninjsFields';

type StoryFields = Partial<Pick<StoryDraft, 'slug' | 'language' | 'priority' | 'embargo'>>;

// A wire slugline ("BC-EU-Italy-Ship") becomes the story's slug form ("bc-eu-italy-ship").
function slugOf(slugline: string): string {
  return slugSchema.safeParse(slugline).success ? slugline : slugify(slugline);
}

function urgencyOf(urgency: number | string): number {
  return typeof urgency === 'number' ? urgency : /^\s*\d+\s*$/.test(urgency) ? Number(urgency) : NaN;
}

/**
 * The slug, language, priority (ninjs urgency, 1 the most urgent, as the story's) and embargo; a value the
 * story cannot hold is listed as dropped, with why.
 */
export function ninjsStoryFields(item: NinjsFields, dropped: DroppedLine[]): StoryFields {
  const fields: StoryFields = { slug: slugOf(oneLine(item.slugline)) };
  const language = oneLine(item.language);
  if (storyDraftSchema.shape.language.safeParse(language).success) fields.language = language;
  else if (language)
    dropped.push({ text: language, reason: 'The language is not a BCP 47 tag such as "en"' });
  if (item.urgency !== null && item.urgency !== undefined) {
    const urgency = urgencyOf(item.urgency);
    if (Number.isInteger(urgency) && urgency >= 1 && urgency <= 9) fields.priority = urgency;
    else
      dropped.push({ text: `urgency ${item.urgency}`, reason: 'An urgency is a whole number from 1 to 9' });
  }
  const embargo = oneLine(item.embargoedUntil ?? item.embargoed);
  if (isoTimeSchema.safeParse(embargo).success) fields.embargo = embargo;
  else if (embargo)
    dropped.push({ text: `embargo ${embargo}`, reason: 'The embargo is not a date and time' });
  return fields;
}
