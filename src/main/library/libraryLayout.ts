import { join } from 'node:path';
import { storyIdSchema } from '@shared/story/story';
import { LibraryError } from './LibraryError';

const STORY_FILE = /^(.+)\.json$/;
const REVISION_FILE = /^([1-9][0-9]*)\.json$/;

/** Where everything of one library lives; the only place that turns an id into a path. */
export class LibraryLayout {
  readonly marker: string;
  readonly index: string;
  readonly head: string;
  readonly journal: string;
  readonly stories: string;
  readonly revisions: string;
  readonly quarantine: string;

  constructor(readonly root: string) {
    this.marker = join(root, 'library.json');
    this.index = join(root, 'index.json');
    this.head = join(root, 'index.head.json');
    this.journal = join(root, 'index.journal');
    this.stories = join(root, 'stories');
    this.revisions = join(root, 'revisions');
    this.quarantine = join(root, 'quarantine');
  }

  storyFile(id: string): string {
    return join(this.stories, `${requireStoryId(id)}.json`);
  }

  revisionFolder(id: string): string {
    return join(this.revisions, requireStoryId(id));
  }

  revisionFile(id: string, revision: number): string {
    if (!Number.isSafeInteger(revision) || revision < 1) {
      throw new LibraryError('not-found', `There is no revision ${String(revision)} of this story.`);
    }
    return join(this.revisionFolder(id), `${revision}.json`);
  }
}

export function isStoryId(id: string): boolean {
  return storyIdSchema.safeParse(id).success;
}

/** Ids are checked upstream too, but a path is never built from one that is not a UUID, so `../` cannot escape. */
export function requireStoryId(id: string): string {
  if (!isStoryId(id)) {
    throw new LibraryError('not-found', `There is no story with the id ${JSON.stringify(id.slice(0, 64))}.`);
  }
  return id;
}

/** The story id a file in `stories/` belongs to, or undefined for anything that is not a story file. */
export function storyIdOfFile(name: string): string | undefined {
  const id = STORY_FILE.exec(name)?.[1];
  return id !== undefined && isStoryId(id) ? id : undefined;
}

export function revisionOfFile(name: string): number | undefined {
  const digits = REVISION_FILE.exec(name)?.[1];
  return digits === undefined ? undefined : Number(digits);
}
