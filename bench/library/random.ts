export type Random = () => number;

/**
 * sfc32 seeded from the library seed and the story's index: every story has its own stream, so stories can be
 * generated in any order or batch size and still come out the same, and no two indices share a stream.
 */
export function storyRandom(seed: number, index: number): Random {
  let a = seed >>> 0;
  let b = index >>> 0;
  let c = 0x9e3779b9;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of a seed this regular are still correlated with it.
  for (let warmUp = 0; warmUp < 15; warmUp++) next();
  return next;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** An integer in [low, high], both included. */
export function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/** One of `choices`, each as likely as its weight. */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of choices) {
    left -= weight;
    if (left < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

/** `count` distinct items, in the order drawn. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  const wanted = Math.min(count, items.length);
  while (chosen.size < wanted) chosen.add(Math.floor(random() * items.length));
  return [...chosen].map((at) => items[at]!);
}
