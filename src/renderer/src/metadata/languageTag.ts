import type { Parsed } from './parsed';
import { invalid, parseWith } from './parsed';
import { draftRules } from './draftRules';

export function parseLanguage(text: string): Parsed<string> {
  const tag = text.trim();
  if (!tag) return invalid('The language is required, e.g. "en" or "en-GB"');
  return parseWith(draftRules.language, tag);
}
