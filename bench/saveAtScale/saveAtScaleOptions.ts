export interface SaveAtScaleOptions {
  sizes: number[];
  saves: number;
  warmUp: number;
  /**
   * How many stories the saves go to, the same at every size: a reporter works on a handful at a time, and a
   * story's first save in a session also writes a revision snapshot, which would otherwise make a large
   * library's saves (nearly all first saves) unlike a small one's.
   */
  workingSet: number;
  seed: number;
}

const positiveInteger = (name: string, text: string): number => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} wants a positive whole number: ${text}`);
  return value;
};

/** --stories 10,100000 --saves 200 --warm-up 20 --working-set 10 --seed 1 */
export function saveAtScaleOptions(args: readonly string[]): SaveAtScaleOptions {
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(name);
    return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
  };
  return {
    sizes: option('--stories', '10,100000')
      .split(',')
      .map((size) => positiveInteger('--stories', size)),
    saves: positiveInteger('--saves', option('--saves', '200')),
    warmUp: Number(option('--warm-up', '20')),
    workingSet: positiveInteger('--working-set', option('--working-set', '10')),
    seed: positiveInteger('--seed', option('--seed', '1')),
  };
}
