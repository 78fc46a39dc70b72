import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibraryInPhases } from '../../../../src/main/library/openLibraryInPhases';
import { OpeningLibrary } from '../../../../src/main/library/OpeningLibrary';
import type { StoryRepository } from '../../../../src/main/library/StoryRepository';
import { draft, makeTempDir, open } from '../fixtures/libraryFixtures';
import { busyLibrary, firstPage, headOf, pagesOf } from './headFixtures';

const never = new Promise<StoryRepository>(() => undefined);

/** Whether `promise` has settled once everything already queued has run: order, not time. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe('opening the library in two phases', () => {
  it('answers the first page from a fresh head while the full open has not finished', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 20)).close();
    const opening = new OpeningLibrary(await headOf(dir), never);

    const full = await open(dir);
    expect(await opening.query(firstPage(0, 10))).toEqual(await full.query(firstPage(0, 10)));
    expect(opening.status()).toEqual(full.status());
    expect(await hasSettled(opening.query({ ...firstPage(), view: 'trash' }))).toBe(false);
    expect(await hasSettled(opening.facets('active'))).toBe(false);
    expect(await hasSettled(opening.save(full.status().path, 1, draft('Not yet')))).toBe(false);
  });

  it('answers from the full library once loaded, changes included', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 20)).close();
    const { library, loaded } = await openLibraryInPhases(dir);
    await loaded;

    const created = await library.create(draft('Newest of all'));

    const page = await library.query(firstPage(0, 5));
    expect(page.items[0]?.id).toBe(created.id);
    expect(library.status().activeCount).toBe(page.total);
    await library.close();
  });

  it('after a crash with journalled changes, answers what the full open recovers', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 15)).close();
    const crashed = await open(dir);
    const { items } = await crashed.query(firstPage());
    await crashed.save(items[2]!.id, items[2]!.revision, draft('Edited after the head'));
    await crashed.trash(items[6]!.id);
    await crashed.create(draft('Created after the head'));
    const copy = await makeTempDir();
    await cp(dir, copy, { recursive: true });

    const { library, loaded } = await openLibraryInPhases(dir);
    const pages = [firstPage(0, 5), firstPage(5, 100)];
    const answered = await pagesOf(library, pages);

    const recovered = await open(copy);
    expect(answered).toEqual(await pagesOf(recovered, pages));
    await loaded;
    expect(library.status()).toEqual({ ...recovered.status(), path: library.status().path });
    await library.close();
  });

  it('refuses every call with the reason a failed open gives, and still closes', async () => {
    const dir = await makeTempDir();
    await writeFile(
      join(dir, 'library.json'),
      JSON.stringify({ format: 2, createdAt: new Date().toISOString() }),
    );
    const { library, loaded } = await openLibraryInPhases(dir);

    const refusal = { code: 'storage', message: expect.stringMatching(/newer version/) };
    await expect(loaded).rejects.toMatchObject(refusal);
    await expect(library.query(firstPage())).rejects.toMatchObject(refusal);
    await expect(library.save(dir, 1, draft('x'))).rejects.toMatchObject(refusal);
    expect(() => library.status()).toThrow(/newer version|still opening/);
    await expect(library.close()).resolves.toBeUndefined();
  });

  it('once closed, answers nothing, not even from the head', async () => {
    const dir = await makeTempDir();
    await (await busyLibrary(dir, 10)).close();
    const { library } = await openLibraryInPhases(dir);

    await library.close();

    await expect(library.query(firstPage())).rejects.toMatchObject({ code: 'storage' });
  });
});
