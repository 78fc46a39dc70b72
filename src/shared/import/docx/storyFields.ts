import type { StoryDraft } from '../../story/story';
import type { CoreProperties } from './coreProperties';

const LANGUAGE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
const MAX_KEYWORDS = 200;
const MAX_KEYWORD_LENGTH = 100;

/**
 * Word's keywords field, its Tags: Word and Copydesk separate them with semicolons. Commas are left alone,
 * since a keyword may hold one ("Washington, D.C.").
 */
function keywordsOf(field: string): string[] {
  const keywords = field
    .split(';')
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '' && keyword.length <= MAX_KEYWORD_LENGTH);
  return [...new Set(keywords)].slice(0, MAX_KEYWORDS);
}

/**
 * The story fields the package's core properties hold, where Copydesk's export writes them: section as the
 * category, keywords, language. Creator and subject are not read: Word fills the creator with whoever's
 * account saved the file, and the body's Byline and Subtitle paragraphs say it better.
 */
export function coreStoryFields(core: CoreProperties): Partial<StoryDraft> {
  const fields: Partial<StoryDraft> = { section: core.category, keywords: keywordsOf(core.keywords) };
  if (LANGUAGE.test(core.language)) fields.language = core.language;
  return fields;
}

/** The date the document was written, to give a year to its dateline's "Feb 26"; null when it says none. */
export function documentDate(core: CoreProperties): string | null {
  const date = core.modified || core.created;
  return /^\d{4}-\d{2}-\d{2}/.test(date) && !Number.isNaN(Date.parse(date)) ? date : null;
}
