import { resolve } from 'node:path';
import { REPO } from './snapshotHarness';
import { DESIGN_VARIANTS, variantsNamed } from './designVariants';
import type { DesignVariant } from './designVariants';
import type { LongStorySize } from './longStory';
import type { TypingOptions } from './measureTyping';

export interface TypingBenchmarkOptions extends TypingOptions {
  /** The electron-vite output folder to serve. */
  build: string;
  sizes: LongStorySize[];
  rounds: number;
  designs: DesignVariant[];
}

export const USAGE =
  'Usage: --build out --stories 50000:100,100000:200 (words:quotes) --rounds 5 --keys 200 --hold 50 ' +
  `--designs ${DESIGN_VARIANTS.map((design) => design.name).join(',')}`;

function wholeNumber(text: string | undefined, least: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) throw new Error(USAGE);
  return value;
}

export function parseOptions(args: string[]): TypingBenchmarkOptions {
  const valueOf = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const sizes = (valueOf('--stories') ?? '50000:100,100000:200').split(',').map((size) => {
    const [words, quotes] = size.split(':');
    return { words: wholeNumber(words, 1000), quotes: wholeNumber(quotes, 0) };
  });
  return {
    build: resolve(REPO, valueOf('--build') ?? 'out'),
    sizes,
    rounds: wholeNumber(valueOf('--rounds') ?? '5', 1),
    keys: wholeNumber(valueOf('--keys') ?? '200', 10),
    keyHoldMs: wholeNumber(valueOf('--hold') ?? '50', 0),
    designs: variantsNamed((valueOf('--designs') ?? 'app,visible,auto,floor').split(',')),
  };
}
