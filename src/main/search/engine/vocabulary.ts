import { bucketKey, nearBucketKeys } from './nearBuckets';
import { boundedEditDistance } from './nearestWord';

/** Every word indexed, with the number of stories it came in, in buckets (see nearBuckets). */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly buckets = new Map<string, string[]>();

  constructor(entries: Iterable<[string, number]> = []) {
    for (const [word, count] of entries) this.addWord(word, count);
  }

  entries(): [string, number][] {
    return [...this.counts];
  }

  add(words: Iterable<string>) {
    for (const word of new Set(words)) this.addWord(word, 1);
  }

  /** The closest known word within `maxEdits`, the most frequent among equally close ones. */
  nearest(word: string, maxEdits: number): string | undefined {
    if (this.counts.has(word)) return word;
    let best: string | undefined;
    let bestDistance = maxEdits + 1;
    let bestCount = 0;
    for (const key of nearBucketKeys(word, maxEdits)) {
      for (const candidate of this.buckets.get(key) ?? []) {
        const distance = boundedEditDistance(word, candidate, bestDistance);
        const count = this.counts.get(candidate)!;
        if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
          best = candidate;
          bestDistance = distance;
          bestCount = count;
        }
      }
    }
    return bestDistance <= maxEdits ? best : undefined;
  }

  private addWord(word: string, count: number) {
    const known = this.counts.get(word);
    this.counts.set(word, (known ?? 0) + count);
    if (known !== undefined) return;
    const key = bucketKey(word);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(word);
    else this.buckets.set(key, [word]);
  }
}
