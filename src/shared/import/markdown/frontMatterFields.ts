import { type Byline, slugSchema, storyDraftSchema } from '../../story/story';
import type { DroppedLine } from '../recognize/recognizedCopy';
import { parseByline } from '../recognize/top/parseByline';
import type { FrontMatterEntry } from './frontMatterYaml';

export interface FrontMatterFields {
  headline?: string;
  subheadline?: string;
  section?: string;
  keywords?: string[];
  slug?: string;
  language?: string;
  bylines?: Byline[];
  /** The story's date (yyyy-mm-dd), which gives a year to a dateline's "Nov. 24". */
  date?: string;
  dropped: DroppedLine[];
}

type Field = Exclude<keyof FrontMatterFields, 'dropped'>;

// The names Jekyll, Hugo, Pandoc and static site generators give these fields.
const KEYS: Record<string, Field> = {
  title: 'headline',
  headline: 'headline',
  subtitle: 'subheadline',
  subheadline: 'subheadline',
  description: 'subheadline',
  summary: 'subheadline',
  excerpt: 'subheadline',
  section: 'section',
  category: 'section',
  categories: 'section',
  tags: 'keywords',
  keywords: 'keywords',
  slug: 'slug',
  lang: 'language',
  language: 'language',
  locale: 'language',
  author: 'bylines',
  authors: 'bylines',
  byline: 'bylines',
  date: 'date',
};

const MAX_KEYWORD_LENGTH = 100;
const texts = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
const first = (value: string | string[]) => texts(value)[0] ?? '';

function bylinesOf(value: string | string[]): Byline[] {
  return texts(value).flatMap((text) => {
    const recognized = parseByline(`By ${text}`);
    if (recognized) return recognized.map(({ name, title, organization }) => ({ name, title, organization }));
    return text.trim() ? [{ name: text.trim(), title: '', organization: '' }] : [];
  });
}

function keywordsOf(value: string | string[]): string[] {
  const words = texts(value).flatMap((text) => (Array.isArray(value) ? [text] : text.split(',')));
  const kept = words.map((word) => word.trim()).filter((word) => word && word.length <= MAX_KEYWORD_LENGTH);
  return [...new Set(kept)];
}

type Reading = { value: FrontMatterFields[Field] } | { problem: string };

// A value the story cannot hold as written is left out with why, never half-kept.
function readingOf(field: Field, value: string | string[]): Reading {
  switch (field) {
    case 'bylines':
      return { value: bylinesOf(value) };
    case 'keywords':
      return { value: keywordsOf(value) };
    case 'slug': {
      const slug = first(value).trim();
      if (slugSchema.safeParse(slug).success) return { value: slug };
      return { problem: 'not a slug (lowercase letters, digits and single hyphens)' };
    }
    case 'language': {
      const language = first(value).trim().replace(/_/g, '-');
      if (storyDraftSchema.shape.language.safeParse(language).success) return { value: language };
      return { problem: 'not a language tag such as "en" or "en-GB"' };
    }
    case 'date': {
      const date = /^\d{4}-\d{2}-\d{2}/.exec(first(value).trim())?.[0];
      if (date && !Number.isNaN(Date.parse(date))) return { value: date };
      return { problem: 'not a date Copydesk reads' };
    }
    default:
      return { value: first(value).trim() };
  }
}

/** The story fields a front matter names; every entry not kept is listed with why. */
export function frontMatterFields(entries: readonly FrontMatterEntry[]): FrontMatterFields {
  const fields: FrontMatterFields = { dropped: [] };
  for (const entry of entries) {
    const field = KEYS[entry.key];
    const drop = (reason: string) => fields.dropped.push({ text: entry.source, reason });
    if (!field) drop('front matter Copydesk does not keep');
    else if (entry.value === null) drop('front matter Copydesk cannot read');
    else if (fields[field] !== undefined) drop(`another ${field} in the front matter`);
    else {
      const reading = readingOf(field, entry.value);
      if ('problem' in reading) drop(reading.problem);
      else Object.assign(fields, { [field]: reading.value });
    }
  }
  return fields;
}
