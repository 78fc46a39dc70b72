import { STORY_STATUSES } from '@shared/story/story';
import type { StorySummary } from '@shared/story/story';
import type { IndexFile } from './indexFile';
import { INDEX_FORMAT } from './indexFormat';

const STATUSES = new Set<unknown>(STORY_STATUSES);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEXT_FIELDS = ['headline', 'subheadline', 'slug', 'section', 'language', 'createdAt', 'datelineCity'];
const WHOLE_FIELDS = ['priority', 'wordCount', 'revision'];

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown) => typeof value === 'string' && Number.isFinite(Date.parse(value));
const isTimeOrNull = (value: unknown) => value === null || isTime(value);

/** Fills in what older index files lack, as the schema's defaults would; false when a byline is not one. */
function bylinesFilled(bylines: unknown[]): boolean {
  for (const byline of bylines) {
    if (!isObject(byline) || typeof byline.name !== 'string' || byline.name === '') return false;
    if (byline.title === undefined) byline.title = '';
    if (byline.organization === undefined) byline.organization = '';
    if (typeof byline.title !== 'string' || typeof byline.organization !== 'string') return false;
  }
  return true;
}

function isSummary(id: string, value: unknown): value is StorySummary {
  if (!isObject(value) || value.id !== id || !UUID.test(id)) return false;
  if (!TEXT_FIELDS.every((field) => typeof value[field] === 'string')) return false;
  if (!WHOLE_FIELDS.every((field) => Number.isInteger(value[field]))) return false;
  if (!STATUSES.has(value.status) || !isTime(value.updatedAt)) return false;
  if (!isTimeOrNull(value.trashedAt) || !isTimeOrNull(value.embargo)) return false;
  if (value.targetWords === undefined) value.targetWords = null;
  if (value.targetWords !== null && !Number.isInteger(value.targetWords)) return false;
  if (!Array.isArray(value.keywords) || !value.keywords.every((keyword) => typeof keyword === 'string'))
    return false;
  return Array.isArray(value.bylines) && bylinesFilled(value.bylines);
}

/**
 * The index file's shape, checked by hand: the types of every field the library and the list rely on, not
 * every length and pattern the schema knows. index.json is only ever written whole by the library from
 * validated stories, so damage shows as bad JSON or a wrong shape, which this catches; zod's full check took
 * ~1.5 s of the 2.2 s that opening a 100,000-story library cost. Undefined when anything is off, so that the
 * caller falls back to the full schema.
 */
export function quickIndexCheck(json: unknown): IndexFile | undefined {
  if (!isObject(json) || json.format !== INDEX_FORMAT || !isObject(json.stories)) return undefined;
  const { journalSeq, stories } = json;
  if (!Number.isInteger(journalSeq) || (journalSeq as number) < 0) return undefined;
  for (const id in stories) if (!isSummary(id, stories[id])) return undefined;
  return json as unknown as IndexFile;
}
