import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '@shared/story/story';
import { makeLibrary } from '../../../bench/library/makeLibrary';
import type { MadeLibrary } from '../../../bench/library/makeLibrary';
import { readLibraryHead } from '../../../src/main/library/head/readLibraryHead';
import { LibraryLayout } from '../../../src/main/library/libraryLayout';
import { openLibrary } from '../../../src/main/library/openLibrary';

const folders: string[] = [];

async function tempDir(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-make-library-'));
  folders.push(folder);
  return folder;
}

async function storyFiles(dir: string): Promise<Story[]> {
  const folder = join(dir, 'stories');
  const names = await readdir(folder);
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as Story),
  );
}

/** Every file of a library, path to content, to compare two libraries byte for byte. */
async function contents(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length), withoutStamps(entry.name, await readFile(path, 'utf8')));
  }
  return files;
}

/** The head's stamps name the file system's inodes and times, which no seed decides. */
function withoutStamps(name: string, text: string): string {
  if (name !== 'index.head.json') return text;
  const { stamps: _stamps, ...head } = JSON.parse(text) as { stamps: unknown };
  return JSON.stringify(head);
}

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('makeLibrary', () => {
  let made: MadeLibrary;
  /** As written, before any open: closing a library rewrites its index. */
  let indexedIds: string[];

  beforeAll(async () => {
    made = await makeLibrary({
      stories: 200,
      out: await tempDir(),
      seed: 42,
      plant: { quoteWord: 'zanzibarite' },
    });
    const index = JSON.parse(await readFile(join(made.dir, 'index.json'), 'utf8')) as {
      stories: Record<string, unknown>;
    };
    indexedIds = Object.keys(index.stories);
  });

  it('writes a library openLibrary opens without rebuilding its index or reading a story file', async () => {
    const indexBefore = await stat(join(made.dir, 'index.json'));
    const library = await openLibrary(made.dir);
    try {
      expect(library.status()).toMatchObject({
        activeCount: 200,
        trashCount: 0,
        quarantined: [],
        indexRebuilt: false,
      });
      const page = await library.list({ view: 'active', offset: 0, limit: 50 });
      expect(page.total).toBe(200);
      expect(page.items).toHaveLength(50);
      const story = await library.get(made.ids[7]!);
      expect(story.id).toBe(made.ids[7]);
      // An index the library trusts as it is is not compacted (rewritten) on open.
      expect((await stat(join(made.dir, 'index.json'))).mtimeMs).toBe(indexBefore.mtimeMs);
      expect(await readFile(join(made.dir, 'index.journal'), 'utf8')).toBe('');
    } finally {
      await library.close();
    }
  });

  it('returns every id once, in the order the index lists them', () => {
    expect(indexedIds).toEqual(made.ids);
    expect(new Set(made.ids).size).toBe(200);
  });

  it('plants the word in the first quote of exactly one story, and in nothing else of it', async () => {
    const holding = (await storyFiles(made.dir)).filter((story) =>
      JSON.stringify(story).includes('zanzibarite'),
    );

    expect(holding.map((story) => story.id)).toEqual([made.planted?.storyId]);
    const [story] = holding;
    expect(story!.quotes[0]!.text).toMatch(/\bzanzibarite\b/);
    expect(story!.trashedAt).toBeNull();
    const rest = { ...story!, quotes: story!.quotes.slice(1), body: null };
    expect(JSON.stringify(rest)).not.toContain('zanzibarite');
    expect(made.planted?.headline).toBe(story!.headline);
  });

  it('refuses a planted word the generator writes itself', async () => {
    await expect(
      makeLibrary({ stories: 5, out: await tempDir(), plant: { quoteWord: 'budget' } }),
    ).rejects.toThrow(/writes "budget"/);
  });

  it('refuses a folder that already holds stories', async () => {
    await expect(makeLibrary({ stories: 5, out: made.dir })).rejects.toThrow(/already holds a library/);
  });
});

describe('makeLibrary determinism', () => {
  it('gives the same library, file for file, for the same seed; another seed gives another', async () => {
    const first = await makeLibrary({ stories: 60, out: await tempDir(), seed: 9, trashedShare: 0.1 });
    const second = await makeLibrary({ stories: 60, out: await tempDir(), seed: 9, trashedShare: 0.1 });
    const other = await makeLibrary({ stories: 60, out: await tempDir(), seed: 10 });

    expect(await contents(second.dir)).toEqual(await contents(first.dir));
    expect(second.ids).toEqual(first.ids);
    expect(other.ids.filter((id) => first.ids.includes(id))).toEqual([]);
  });
});

describe('makeLibrary options', () => {
  it('writes the index head, so the first page of a generated library is shown before the full open', async () => {
    const made = await makeLibrary({ stories: 120, out: await tempDir(), trashedShare: 0.2, seed: 4 });
    const head = await readLibraryHead(new LibraryLayout(made.dir));
    const library = await openLibrary(made.dir);
    try {
      const first = { view: 'active', offset: 0, limit: 100 } as const;
      expect(head?.list(first)).toEqual(await library.list(first));
    } finally {
      await library.close();
    }
  });

  it('puts the asked share in the trash and the library counts them there', async () => {
    const made = await makeLibrary({ stories: 150, out: await tempDir(), trashedShare: 0.2, seed: 3 });
    const library = await openLibrary(made.dir);
    try {
      expect(made.trashedIds.length).toBeGreaterThan(10);
      expect(library.status()).toMatchObject({
        activeCount: 150 - made.trashedIds.length,
        trashCount: made.trashedIds.length,
        indexRebuilt: false,
      });
    } finally {
      await library.close();
    }
  });

  it('writes each story’s newest revision snapshot when asked, which the library lists', async () => {
    const made = await makeLibrary({ stories: 10, out: await tempDir(), revisions: true });
    const library = await openLibrary(made.dir);
    try {
      const story = await library.get(made.ids[0]!);
      const revisions = await library.listRevisions(story.id);
      expect(revisions.map((revision) => revision.revision)).toEqual([story.revision]);
    } finally {
      await library.close();
    }
  });

  it('reports progress up to the whole library', async () => {
    const seen: number[] = [];
    await makeLibrary({ stories: 250, out: await tempDir(), onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(250);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
