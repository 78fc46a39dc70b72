/**
 * A posting is one Uint32: the story's ordinal in the high 24 bits; in the low 8, whether the word is in the
 * headline (the top bit) and how often it occurs in the story. One number per posting keeps the postings of a
 * library of 100,000 stories in one flat array.
 */
export const MAX_ORDINALS = 2 ** 24;
const IN_HEADLINE = 0x80;
const MAX_FREQUENCY = 0x7f;

export function postingEntry(ordinal: number, frequency: number, inHeadline: boolean): number {
  return ordinal * 256 + (inHeadline ? IN_HEADLINE : 0) + Math.min(frequency, MAX_FREQUENCY);
}

export const ordinalOfEntry = (entry: number): number => entry >>> 8;

export const frequencyOfEntry = (entry: number): number => entry & MAX_FREQUENCY;

export const isInHeadline = (entry: number): boolean => (entry & IN_HEADLINE) !== 0;

/** The same posting for a story renumbered by compaction. */
export const withOrdinal = (entry: number, ordinal: number): number => ordinal * 256 + (entry & 0xff);
