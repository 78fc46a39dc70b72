import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibraryError } from '../../../src/main/library/LibraryError';
import type { StoryRepository } from '../../../src/main/library/StoryRepository';
import { draft, makeTempDir, manualClock, open } from './fixtures/libraryFixtures';

type Operation =
  | { kind: 'create'; headline: string }
  | { kind: 'save' | 'trash' | 'restore' | 'purge' | 'duplicate'; pick: number; headline: string };

const headline = fc.string({ maxLength: 30 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), headline }),
  fc.record({
    kind: fc.constantFrom(
      'save' as const,
      'trash' as const,
      'restore' as const,
      'purge' as const,
      'duplicate' as const,
    ),
    pick: fc.nat(),
    headline,
  }),
);

async function apply(library: StoryRepository, op: Operation, ids: string[]): Promise<void> {
  if (op.kind === 'create') {
    ids.push((await library.create(draft(op.headline))).id);
    return;
  }
  const id = ids[op.pick % Math.max(1, ids.length)];
  if (id === undefined) return;
  try {
    if (op.kind === 'save') await library.save(id, (await library.get(id)).revision, draft(op.headline));
    if (op.kind === 'trash') await library.trash(id);
    if (op.kind === 'restore') await library.restore(id);
    if (op.kind === 'purge') await library.purge(id);
    if (op.kind === 'duplicate') ids.push((await library.duplicate(id)).id);
  } catch (error) {
    if (!(error instanceof LibraryError)) throw error;
  }
}

async function everything(library: StoryRepository) {
  return {
    active: await library.list({ view: 'active', offset: 0, limit: 500 }),
    trash: await library.list({ view: 'trash', offset: 0, limit: 500 }),
  };
}

describe('any sequence of operations', () => {
  it('reads back the same after a clean close, a crash, or a lost index', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { maxLength: 12 }),
        fc.constantFrom('close', 'crash', 'lose-index'),
        async (operations, ending) => {
          const dir = await makeTempDir();
          const clock = manualClock();
          const library = await open(dir, { now: clock.now, compactJournalAfterBytes: 1500 });
          const ids: string[] = [];
          for (const op of operations) {
            clock.advance(1000);
            await apply(library, op, ids);
          }
          const before = await everything(library);
          if (ending === 'close') await library.close();
          if (ending === 'lose-index') await rm(join(dir, 'index.json'));

          const reopened = await open(dir, { now: clock.now });

          expect(await everything(reopened)).toEqual(before);
          await reopened.close();
        },
      ),
      { numRuns: 30 },
    );
  }, 20_000);
});
