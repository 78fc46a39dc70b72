import type { Parsed } from './parsed';
import { invalid, parseWith, valid } from './parsed';
import { draftRules } from './draftRules';

/** Empty means no target. */
export function parseLengthTarget(text: string): Parsed<number | null> {
  const trimmed = text.trim();
  if (!trimmed) return valid(null);
  const words = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || words < 1) return invalid('The length target is a whole number of words');
  const checked = parseWith(draftRules.targetWords, words);
  return checked.ok ? checked : invalid('The length target is at most 100,000 words');
}

export function formatLengthTarget(target: number | null): string {
  return target === null ? '' : String(target);
}
