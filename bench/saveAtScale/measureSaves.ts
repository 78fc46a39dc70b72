import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { draftOf } from '@shared/story/draftOf';
import { LibraryLayout } from '../../src/main/library/libraryLayout';
import type { StoryRepository } from '../../src/main/library/StoryRepository';
import type { SearchService } from '../../src/main/search/SearchService';
import { pick, storyRandom } from '../library/random';
import { addedWord } from './addedWord';
import { reporterEdit } from './reporterEdit';

export interface SaveSample {
  storyId: string;
  word: string;
  /** From the call to save until the saved story is found by a search for the word the edit added. */
  ms: number;
  found: boolean;
  /** The save also kept a revision snapshot: the app does on a story's first save in a session. */
  snapshot: boolean;
}

export interface SaveSubject {
  dir: string;
  library: StoryRepository;
  search: Pick<SearchService, 'search'>;
  ids: readonly string[];
}

export interface SavePlan {
  saves: number;
  warmUp: number;
  /** Which stories are saved, and where in them the word goes. */
  seed: number;
  /** Makes this run's words its own; see addedWord. */
  run: number;
}

/** Enough for the one story holding the word, whatever else a typeahead query brings along. */
const SEARCH_LIMIT = 10;
/** A stream of its own, so the stories picked do not depend on how the library was generated. */
const PICK_STREAM = 0x5a7e;

/**
 * Saves existing stories, drawn at random after a warm-up round of each, each with one word added, and times each save until search finds
 * the story by that word: what "saving updates the index" promises a reporter. Reading the story before the
 * edit and checking for a snapshot after it are left out of the time. Warm-up saves are not reported.
 */
export async function measureSaves(subject: SaveSubject, plan: SavePlan): Promise<SaveSample[]> {
  if (subject.ids.length === 0) throw new Error('The library has no story to save.');
  const layout = new LibraryLayout(subject.dir);
  const random = storyRandom(plan.seed, PICK_STREAM);
  const samples: SaveSample[] = [];
  for (let edit = 0; edit < plan.warmUp + plan.saves; edit++) {
    // Warm-up goes round every story first, so each one's first save, with its snapshot, is not timed.
    const storyId = edit < plan.warmUp ? subject.ids[edit % subject.ids.length]! : pick(random, subject.ids);
    const word = addedWord(plan.run, edit);
    const before = await subject.library.get(storyId);
    const draft = reporterEdit(draftOf(before), word, random);
    const start = performance.now();
    const saved = await subject.library.save(storyId, before.revision, draft);
    const matches = await subject.search.search(word, SEARCH_LIMIT);
    const ms = performance.now() - start;
    if (edit < plan.warmUp) continue;
    const found = matches.ids.includes(storyId);
    const snapshot = existsSync(layout.revisionFile(storyId, saved.revision));
    samples.push({ storyId, word, ms, found, snapshot });
  }
  return samples;
}
