import { z } from 'zod';
import { ImportError } from '../ImportError';

// Feeds send `null` for a property they leave empty; that reads as the property left out.
const text = z.string().nullish();
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

const named = z.looseObject({ name: text, rel: text });
const headline = z.looseObject({ role: text, value: z.string() });
const body = z.looseObject({ role: text, contentType: text, contenttype: text, value: z.string() });

/**
 * The properties the importer reads, in every spelling ninjs 1.x, 2.x and 3.x give them, checked for type
 * only: what is left out or unknown is allowed, as a reader of wire copy must.
 */
export const ninjsFieldsSchema = z.looseObject({
  uri: text,
  type: text,
  standard: z.looseObject({ name: text, version: text, schema: text }).nullish(),
  $standard: z.looseObject({ name: text, version: text, schema: text }).nullish(),
  versionCreated: text,
  versioncreated: text,
  headline: text,
  headlines: list(headline),
  descriptions: list(body),
  by: text,
  byline: text,
  people: list(named),
  person: list(named),
  organisations: list(named),
  organisation: list(named),
  subjects: list(named),
  subject: list(named),
  places: list(named),
  place: list(named),
  keywords: list(z.string()),
  located: text,
  language: text,
  slugline: text,
  urgency: z.union([z.number(), z.string()]).nullish(),
  embargoed: text,
  embargoedUntil: text,
  bodies: list(body),
  associations: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).nullish(),
});
export type NinjsFields = z.infer<typeof ninjsFieldsSchema>;

// 1.x names its variants by suffix (`body_html`, `headline_main`, `description_text`): each one is text.
const SUFFIXED = /^(?:body|headline|description)_[a-zA-Z0-9_]+$/;

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, at) => (typeof key === 'number' ? `[${key}]` : `${at > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function valueAt(item: unknown, path: readonly PropertyKey[]): unknown {
  let value = item;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

const WANTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

// Fields that take more than one type say so in words, as zod's union issue names no single type.
const UNION_WANTED: Record<string, string> = {
  urgency: 'a number',
  associations: 'an object or a list',
};

function wrongField(path: readonly PropertyKey[], wanted: string, found: unknown): ImportError {
  return new ImportError(
    'unreadable',
    `The ninjs item cannot be read: "${pathText(path)}" should be ${wanted}, but it is ${kindOf(found)}.`,
  );
}

/** The item's readable properties; an ImportError naming the first property whose type is wrong. */
export function ninjsFieldsOf(item: Record<string, unknown>): NinjsFields & Record<string, unknown> {
  for (const [key, value] of Object.entries(item))
    if (SUFFIXED.test(key) && typeof value !== 'string' && value !== null)
      throw wrongField([key], 'text', value);
  const checked = ninjsFieldsSchema.safeParse(item);
  if (checked.success) return checked.data;
  const [issue] = checked.error.issues;
  const path = issue?.path ?? [];
  const expected = issue && 'expected' in issue ? String(issue.expected) : '';
  const wanted = WANTED[expected] ?? UNION_WANTED[String(path[0])] ?? 'of another kind';
  throw wrongField(path, wanted, valueAt(item, path));
}
