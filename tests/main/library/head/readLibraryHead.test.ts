import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '@shared/contract/querySchemas';
import { HEAD_SIZE } from '../../../../src/main/library/head/indexHead';
import { draft, makeTempDir, open } from '../fixtures/libraryFixtures';
import { busyLibrary, firstPage, headOf, pagesOf } from './headFixtures';

describe('the index head', () => {
  it('answers the first pages, totals and status exactly as the full catalog does', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 40)).close();

    const head = await headOf(dir);
    const full = await open(dir);

    const pages = [firstPage(0, 10), firstPage(10, 10), firstPage(35, 100), firstPage(0, 500)];
    expect(pages.map((page) => head?.query(page))).toEqual(await pagesOf(full, pages));
    const relevance = { ...firstPage(0, 20), sort: { key: 'relevance', direction: 'asc' } } as const;
    expect(head?.query(relevance)).toEqual(await full.query(relevance));
    expect(head?.list({ view: 'active', offset: 3, limit: 7 })).toEqual(
      await full.list({ view: 'active', offset: 3, limit: 7 }),
    );
    expect(head?.status()).toEqual(full.status());
  });

  it('holds the newest stories of a larger library and declines pages past them', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, HEAD_SIZE + 80)).close();

    const head = await headOf(dir);
    const full = await open(dir);

    const within = [firstPage(0, 100), firstPage(200, 100)];
    expect(within.map((page) => head?.query(page))).toEqual(await pagesOf(full, within));
    expect(head?.query(firstPage(250, 100))).toBeUndefined();
  });

  it('declines what only the full catalog knows: other orders, filters, the trash, search hits', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 10)).close();
    const head = await headOf(dir);

    expect(head).toBeDefined();
    expect(head?.query({ ...firstPage(), sort: { key: 'updatedAt', direction: 'asc' } })).toBeUndefined();
    expect(head?.query({ ...firstPage(), sort: { key: 'headline', direction: 'asc' } })).toBeUndefined();
    expect(head?.query({ ...firstPage(), filters: { ...NO_FILTERS, section: 'Sport' } })).toBeUndefined();
    expect(head?.query({ ...firstPage(), view: 'trash' })).toBeUndefined();
    expect(head?.query({ ...firstPage(), onlyIds: new Map() })).toBeUndefined();
  });

  it('is not used after saves, trashing and deleting journalled since it was written (a crash)', async () => {
    const dir = await makeTempDir();
    const library = await busyLibrary(dir, 12);
    await library.close();
    const reopened = await open(dir);
    const { items } = await reopened.query(firstPage());
    await reopened.save(items[3]!.id, items[3]!.revision, draft('Edited after the head'));
    await reopened.trash(items[4]!.id);
    await reopened.purge(items[4]!.id);
    await reopened.create(draft('Created after the head'));

    expect(await headOf(dir), 'the journal holds changes the head lacks').toBeUndefined();
  });

  it('is not used after a crash between writing index.json and the head', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 12)).close();
    const staleHead = await readFile(join(dir, 'index.head.json'), 'utf8');
    const session = await open(dir);
    const { items } = await session.query(firstPage());
    await session.save(items[0]!.id, items[0]!.revision, draft('Edited'));
    await session.create(draft('Created'));
    const journal = await readFile(join(dir, 'index.journal'), 'utf8');
    await session.close();
    // As a crash right after index.json was replaced would leave it: the old head, the journal not yet emptied.
    await writeFile(join(dir, 'index.head.json'), staleHead);
    await writeFile(join(dir, 'index.journal'), journal);

    expect(await headOf(dir)).toBeUndefined();
  });

  it('is not used when index.json was replaced without it, even with an empty journal', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 12)).close();
    const staleHead = await readFile(join(dir, 'index.head.json'), 'utf8');
    const session = await open(dir);
    await session.create(draft('Created'));
    await session.close();
    await writeFile(join(dir, 'index.head.json'), staleHead);

    expect(await readFile(join(dir, 'index.journal'), 'utf8')).toBe('');
    expect(await headOf(dir)).toBeUndefined();
  });

  it('is not used once a story file was added or removed by hand while the library was closed', async () => {
    const dir = await makeTempDir();
    const library = await busyLibrary(dir, 12);
    const { items } = await library.query(firstPage());
    await library.close();
    await rm(join(dir, 'stories', `${items[0]!.id}.json`));
    expect(await headOf(dir)).toBeUndefined();

    const other = await makeTempDir();
    const elsewhere = await open(other);
    const stray = await elsewhere.create(draft('Copied in'));
    await elsewhere.close();
    await (await open(dir)).close();
    expect(await headOf(dir)).toBeDefined();
    await copyFile(join(other, 'stories', `${stray.id}.json`), join(dir, 'stories', `${stray.id}.json`));
    expect(await headOf(dir)).toBeUndefined();
  });

  it('is not used when it is missing, damaged, or the library is of a newer format', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 8)).close();
    const head = await readFile(join(dir, 'index.head.json'), 'utf8');

    await writeFile(join(dir, 'index.head.json'), head.slice(0, 100));
    expect(await headOf(dir)).toBeUndefined();
    await rm(join(dir, 'index.head.json'));
    expect(await headOf(dir)).toBeUndefined();

    await writeFile(join(dir, 'index.head.json'), head);
    expect(await headOf(dir)).toBeDefined();
    await writeFile(
      join(dir, 'library.json'),
      JSON.stringify({ format: 2, createdAt: new Date().toISOString() }),
    );
    expect(await headOf(dir)).toBeUndefined();
  });
});
