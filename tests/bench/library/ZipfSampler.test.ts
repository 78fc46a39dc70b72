import { describe, expect, it } from 'vitest';
import { storyRandom } from '../../../bench/library/random';
import { ZipfSampler } from '../../../bench/library/ZipfSampler';

describe('ZipfSampler', () => {
  it('draws each word about as often as 1 / (rank + 2.7)', () => {
    const words = Array.from({ length: 1000 }, (_, rank) => `w${rank}`);
    const sampler = new ZipfSampler(words);
    const random = storyRandom(1, 1);
    const counts = new Map<string, number>();
    for (let draw = 0; draw < 200_000; draw++) {
      const word = sampler.draw(random);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const ratio = (counts.get('w0') ?? 0) / (counts.get('w9') ?? 1);
    expect(ratio).toBeGreaterThan(((9 + 2.7) / 2.7) * 0.85);
    expect(ratio).toBeLessThan(((9 + 2.7) / 2.7) * 1.15);
    expect(counts.has('w999')).toBe(true);
  });
});
