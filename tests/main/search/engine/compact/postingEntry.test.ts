import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ORDINALS,
  frequencyOfEntry,
  isInHeadline,
  ordinalOfEntry,
  postingEntry,
  withOrdinal,
} from '../../../../../src/main/search/engine/compact/postingEntry';

const ordinal = fc.integer({ min: 0, max: MAX_ORDINALS - 1 });
const frequency = fc.integer({ min: 0, max: 127 });

describe('postingEntry', () => {
  it('reads back the ordinal, frequency and headline flag it packed, as one Uint32', () => {
    fc.assert(
      fc.property(ordinal, frequency, fc.boolean(), (story, count, inHeadline) => {
        const entry = postingEntry(story, count, inHeadline);
        expect(Uint32Array.of(entry)[0]).toBe(entry);
        expect(ordinalOfEntry(entry)).toBe(story);
        expect(frequencyOfEntry(entry)).toBe(count);
        expect(isInHeadline(entry)).toBe(inHeadline);
      }),
    );
  });

  it('caps the frequency at 127 without touching the flag or the ordinal', () => {
    for (const count of [127, 128, 255, 256, 100_000]) {
      const entry = postingEntry(MAX_ORDINALS - 1, count, false);
      expect(frequencyOfEntry(entry)).toBe(127);
      expect(isInHeadline(entry)).toBe(false);
      expect(ordinalOfEntry(entry)).toBe(MAX_ORDINALS - 1);
    }
  });

  it('renumbers a posting and keeps its flag and frequency', () => {
    fc.assert(
      fc.property(ordinal, ordinal, frequency, fc.boolean(), (before, after, count, inHeadline) => {
        const moved = withOrdinal(postingEntry(before, count, inHeadline), after);
        expect(moved).toBe(postingEntry(after, count, inHeadline));
        expect(ordinalOfEntry(moved)).toBe(after);
        expect(frequencyOfEntry(moved)).toBe(count);
        expect(isInHeadline(moved)).toBe(inHeadline);
      }),
    );
  });
});
