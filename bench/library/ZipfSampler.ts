import type { Random } from './random';

/**
 * Draws words with a Zipf–Mandelbrot frequency: the word of rank r about as often as 1 / (r + 2.7)^exponent,
 * the shape of word counts in real text, so a search index sees a few very common terms and a long tail.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly words: readonly string[],
    exponent = 1,
  ) {
    this.cumulative = new Float64Array(words.length);
    let total = 0;
    words.forEach((_, rank) => {
      total += 1 / (rank + 2.7) ** exponent;
      this.cumulative[rank] = total;
    });
  }

  draw(random: Random): string {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return this.words[low]!;
  }
}
