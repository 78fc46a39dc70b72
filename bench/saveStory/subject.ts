import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftOf } from '@shared/story/draftOf';
import { openLibrary } from '../../src/main/library/openLibrary';
import type { StoryRepository } from '../../src/main/library/StoryRepository';
import { buildLibrary } from './bulkLibrary';
import { withEdit } from './realisticStory';

/** One library under test, with one of its stories saved over and over as autosave would while a writer types. */
export interface Subject {
  size: number;
  storyId: string;
  library: StoryRepository;
  openMs: number;
  /** close() compacts the journal into index.json: the work a save never waits for. */
  closeMs?: number;
  save: () => Promise<void>;
  samples: number[];
}

export async function subjectOf(root: string, size: number): Promise<Subject> {
  const dir = join(root, `library-${size}`);
  const storyId = await buildLibrary(dir, size);
  const opening = performance.now();
  const library = await openLibrary(dir);
  const openMs = performance.now() - opening;
  let current = await library.get(storyId);
  let edits = 0;
  const save = async () => {
    current = await library.save(current.id, current.revision, withEdit(draftOf(current), ++edits));
  };
  return { size, storyId, library, openMs, save, samples: [] };
}
