import type { QuoteEntry } from '../../story/story';

// The story's own limits on a quote list entry: a longer quote is still in the body whole; the list, which is
// for review, holds its start, so one long passage cannot make a whole page unreadable.
const LIMITS: Partial<Record<keyof QuoteEntry, number>> = {
  text: 5000,
  speaker: 200,
  title: 200,
  organization: 200,
  context: 500,
  verb: 60,
};

export function withinQuoteLimits(entry: QuoteEntry): QuoteEntry {
  const fitted = { ...entry };
  for (const [field, limit] of Object.entries(LIMITS) as [keyof QuoteEntry, number][]) {
    const value = fitted[field];
    if (typeof value === 'string' && value.length > limit)
      (fitted[field] as string) = `${value.slice(0, limit - 1)}…`;
  }
  return fitted;
}

/** The story lists at most this many quotes; a page with more keeps them all in its body. */
export const MAX_LISTED_QUOTES = 2000;
