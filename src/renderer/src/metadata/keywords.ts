import type { Parsed } from './parsed';
import { parseWith } from './parsed';
import { draftRules } from './draftRules';

/**
 * Comma-separated keywords: trimmed, empties dropped, and repeats dropped regardless of case, since
 * "Ukraine" and "ukraine" find the same stories. The first spelling wins.
 */
export function parseKeywords(text: string): Parsed<string[]> {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of text.split(',')) {
    const keyword = part.trim();
    const key = keyword.toLocaleLowerCase();
    if (!keyword || seen.has(key)) continue;
    seen.add(key);
    keywords.push(keyword);
  }
  return parseWith(draftRules.keywords, keywords);
}

export function formatKeywords(keywords: readonly string[]): string {
  return keywords.join(', ');
}
