import type { Random } from './random';

const hex = (value: number, digits: number) => Math.floor(value).toString(16).padStart(digits, '0');

/**
 * A v4-shaped UUID that looks random but is unique by construction: its last 32 bits are the story's index
 * mixed with a per-library mask, a one-to-one mapping, so 100,000 stories never collide.
 */
export function storyId(random: Random, index: number, mask: number): string {
  const unique = hex((index ^ mask) >>> 0, 8);
  return [
    hex(random() * 2 ** 32, 8),
    hex(random() * 2 ** 16, 4),
    `4${hex(random() * 2 ** 12, 3)}`,
    `${hex(8 + random() * 4, 1)}${hex(random() * 2 ** 12, 3)}`,
    `${hex(random() * 2 ** 16, 4)}${unique}`,
  ].join('-');
}
