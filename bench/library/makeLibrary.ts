import { resolve } from 'node:path';
import type { Story } from '@shared/story/story';
import { LIBRARY_SPAN_MS } from './deskLife';
import { generateStory } from './generateStory';
import { LibraryFolderWriter } from './LibraryFolderWriter';
import { buildNewsroom } from './newsroom';
import { checkPlantedWord } from './plantedWord';
import { storyRandom } from './random';

export interface MakeLibraryOptions {
  stories: number;
  /** A new or empty folder. */
  out: string;
  /** Same seed, same library, byte for byte. Default 1. */
  seed?: number;
  /** The latest time any story was touched; stories spread over the three years before it. */
  until?: Date;
  /** Also write each story's newest revision snapshot, as the app keeps one: twice the files. Default false. */
  revisions?: boolean;
  /** The share of stories in the trash, 0 to 1. Default 0, so the library lists exactly `stories`. */
  trashedShare?: number;
  /** Puts `quoteWord` into the first quote of one (never trashed) story, and nowhere else. */
  plant?: { quoteWord: string };
  onProgress?: (done: number, total: number) => void;
}

export interface MadeLibrary {
  dir: string;
  /** Every story's id, in the library's order. */
  ids: string[];
  trashedIds: string[];
  planted?: { quoteWord: string; storyId: string; headline: string };
  /** Bytes of story and revision files, index and marker aside. */
  storyBytes: number;
  elapsedMs: number;
}

export const DEFAULT_UNTIL = new Date('2026-01-01T00:00:00.000Z');

/** Streams no story index uses, so library-wide draws never share random numbers with a story. */
const PLANT_STREAM = 0xfffffffe;
const ID_MASK_STREAM = 0xfffffffd;
const TRASH_SEED_MIX = 0x5bd1e995;
/** Small enough that writes keep running while the next batch is generated, large enough to amortize awaits. */
const BATCH = 100;
const BATCHES_IN_FLIGHT = 3;

/**
 * Writes a library of `stories` realistic stories that openLibrary opens without rebuilding its index.
 * Every story is generated from (seed, its index) alone, so the result does not depend on batching.
 */
export async function makeLibrary(options: MakeLibraryOptions): Promise<MadeLibrary> {
  const started = performance.now();
  const { stories: count, plant } = options;
  if (!Number.isSafeInteger(count) || count < 1) throw new Error('The library needs at least one story.');
  if (plant) checkPlantedWord(plant.quoteWord);
  const seed = options.seed ?? 1;
  const until = (options.until ?? DEFAULT_UNTIL).getTime();
  const trashedShare = options.trashedShare ?? 0;
  const dir = resolve(options.out);
  const writer = await LibraryFolderWriter.create(dir, { revisions: options.revisions ?? false });
  const newsroom = buildNewsroom(seed);
  const idMask = Math.floor(storyRandom(seed, ID_MASK_STREAM)() * 2 ** 32);
  const plantedIndex = plant ? Math.floor(storyRandom(seed, PLANT_STREAM)() * count) : -1;

  const ids: string[] = [];
  const trashedIds: string[] = [];
  let planted: Story | undefined;
  const inFlight: Promise<void>[] = [];
  let written = 0;
  // Kept rather than thrown from the batch, which may not be awaited yet: an unawaited rejection kills Node.
  let failure: { error: unknown } | undefined;
  for (let first = 0; first < count; first += BATCH) {
    const batch: Story[] = [];
    for (let index = first; index < Math.min(count, first + BATCH); index++) {
      const isPlanted = index === plantedIndex;
      const trashed = !isPlanted && storyRandom(seed ^ TRASH_SEED_MIX, index)() < trashedShare;
      const story = generateStory({
        seed,
        index,
        newsroom,
        until,
        idMask,
        trashed,
        quoteWord: isPlanted ? plant?.quoteWord : undefined,
      });
      batch.push(story);
      ids.push(story.id);
      if (trashed) trashedIds.push(story.id);
      if (isPlanted) planted = story;
    }
    inFlight.push(
      writer.write(batch).then(
        () => {
          written += batch.length;
          options.onProgress?.(written, count);
        },
        (error: unknown) => {
          failure ??= { error };
        },
      ),
    );
    if (inFlight.length >= BATCHES_IN_FLIGHT) await inFlight.shift();
    if (failure) break;
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  await writer.finish(new Date(until - LIBRARY_SPAN_MS));
  return {
    dir,
    ids,
    trashedIds,
    planted:
      plant && planted
        ? { quoteWord: plant.quoteWord, storyId: planted.id, headline: planted.headline }
        : undefined,
    storyBytes: writer.bytesWritten,
    elapsedMs: performance.now() - started,
  };
}
