import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft, open, openFresh } from './fixtures/libraryFixtures';

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition never held');
}

describe('index compaction', () => {
  it('does not rewrite index.json on a save; the save goes to the journal', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('Floods'));
    const indexBefore = await readFile(join(dir, 'index.json'), 'utf8');

    await library.save(story.id, 1, draft('Floods, updated'));

    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe(indexBefore);
    const journal = await readFile(join(dir, 'index.journal'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(2);
    expect(journal).toContain('Floods, updated');
  });

  it('folds the journal into index.json on close', async () => {
    const { dir, library } = await openFresh();
    const story = await library.create(draft('Floods'));
    await library.close();
    expect((await stat(join(dir, 'index.journal'))).size).toBe(0);
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(index).toMatchObject({ format: 1, stories: { [story.id]: { headline: 'Floods', revision: 1 } } });
  });

  it('compacts in the background once the journal passes its threshold', async () => {
    const { dir, library } = await openFresh({ compactJournalAfterBytes: 2000 });
    const story = await library.create(draft('Take 1'));
    for (let revision = 1; revision <= 6; revision++) {
      await library.save(story.id, revision, draft(`Take ${revision + 1}`));
    }
    await waitFor(async () => (await readFile(join(dir, 'index.json'), 'utf8')).includes('Take 7'));
    await waitFor(async () => (await stat(join(dir, 'index.journal'))).size < 2000);

    await library.save(story.id, 7, draft('Take 8'));
    const reopened = await open(dir);
    expect((await reopened.get(story.id)).headline).toBe('Take 8');
  });
});
