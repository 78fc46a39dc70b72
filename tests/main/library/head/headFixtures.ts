import { resolve } from 'node:path';
import { NO_FILTERS } from '@shared/contract/querySchemas';
import type { CatalogQuery } from '../../../../src/main/library/catalog/CatalogQuery';
import { readLibraryHead } from '../../../../src/main/library/head/readLibraryHead';
import type { LibraryHead } from '../../../../src/main/library/head/LibraryHead';
import { LibraryLayout } from '../../../../src/main/library/libraryLayout';
import type { StoryRepository } from '../../../../src/main/library/StoryRepository';
import { draft, manualClock, open } from '../fixtures/libraryFixtures';

export const firstPage = (offset = 0, limit = 100): CatalogQuery => ({
  view: 'active',
  filters: NO_FILTERS,
  sort: { key: 'updatedAt', direction: 'desc' },
  offset,
  limit,
});

export function headOf(dir: string): Promise<LibraryHead | undefined> {
  return readLibraryHead(new LibraryLayout(resolve(dir)));
}

/**
 * A library whose stories share update times (so the order's tie-break by id matters), with some in the trash
 * and one purged, left open so the test decides how the session ends.
 */
export async function busyLibrary(dir: string, stories: number): Promise<StoryRepository> {
  const clock = manualClock();
  const library = await open(dir, { now: clock.now });
  const ids: string[] = [];
  for (let n = 0; n < stories; n++) {
    if (n % 3 === 0) clock.advance(60_000);
    ids.push((await library.create(draft(`Story ${n}`))).id);
  }
  for (const id of ids.filter((_, n) => n % 7 === 0)) await library.trash(id);
  await library.purge(ids[0]!);
  clock.advance(60_000);
  await library.save(ids[5]!, 1, draft('Story 5, updated'));
  return library;
}

/** What the full catalog answers for each page the head may be asked for. */
export async function pagesOf(
  library: Pick<StoryRepository, 'query'>,
  pages: CatalogQuery[],
): Promise<unknown[]> {
  return Promise.all(pages.map((page) => library.query(page)));
}
