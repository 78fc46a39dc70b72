import type { Parsed } from './parsed';
import { parseWith } from './parsed';
import { draftRules } from './draftRules';

/** An empty slug is allowed: it fills in from the headline again. */
export function parseSlug(text: string): Parsed<string> {
  return parseWith(draftRules.slug, text.trim());
}
