import { access, stat } from 'node:fs/promises';
import { MAX_PAGE_SIZE } from '@shared/contract/schemas';
import type { StorySummary } from '@shared/story/story';
import type { StoryRepository } from '../library/StoryRepository';
import { LibraryLayout } from '../library/libraryLayout';
import { openLibrary } from '../library/openLibrary';
import { UsageError } from './UsageError';

async function looksLikeLibrary(dir: string): Promise<boolean> {
  const layout = new LibraryLayout(dir);
  const found = await Promise.all(
    [layout.marker, layout.stories].map((path) =>
      access(path).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.some(Boolean);
}

/** Opens an existing library: a mistyped --library must not quietly create an empty one. */
export async function openCliLibrary(dir: string): Promise<StoryRepository> {
  const folder = await stat(dir).catch(() => null);
  if (!folder?.isDirectory()) throw new UsageError(`No library folder at ${dir}.`);
  if (!(await looksLikeLibrary(dir))) throw new UsageError(`${dir} is not a Copydesk library.`);
  return openLibrary(dir);
}

/** Every story not in the trash, in the library's order, a page at a time. */
export async function activeSummaries(library: StoryRepository): Promise<StorySummary[]> {
  const summaries: StorySummary[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await library.list({ view: 'active', offset, limit: MAX_PAGE_SIZE });
    summaries.push(...page.items);
    if (offset + MAX_PAGE_SIZE >= page.total) return summaries;
  }
}
