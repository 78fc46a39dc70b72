import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storySchema } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { draft, makeTempDir, open } from './fixtures/libraryFixtures';
import { versionDraft } from './fixtures/versionDraft';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const saveLoop = fileURLToPath(new URL('./fixtures/saveLoop.ts', import.meta.url));

/** Runs the save loop in a child process and SIGKILLs it mid-flight; returns the last revision it reported. */
async function saveThenKill(dir: string): Promise<Map<string, number>> {
  const child = spawn(process.execPath, ['--import', 'tsx', saveLoop, dir], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const reported = new Map<string, number>();
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (output === '') setTimeout(resolve, 200);
      output += chunk.toString();
    });
    void exited.then(() => reject(new Error(`The save loop exited on its own: ${errors}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  for (const line of output.split('\n').filter(Boolean)) {
    const [id, revision] = line.split(' ') as [string, string];
    reported.set(id, Number(revision));
  }
  return reported;
}

describe('a process killed while saving', () => {
  it('leaves a library that opens with every story at its last saved version or the one in flight', async () => {
    const dir = await makeTempDir();
    const setup = await open(dir);
    for (const headline of ['One', 'Two', 'Three']) await setup.create(draft(headline));
    await setup.close();

    for (let round = 0; round < 2; round++) {
      const reported = await saveThenKill(dir);
      expect(reported.size).toBe(3);

      const library = await open(dir);
      expect(library.status().quarantined).toEqual([]);
      const { items } = await library.list({ view: 'active', offset: 0, limit: 10 });
      expect(items).toHaveLength(3);
      for (const item of items) {
        const story = storySchema.parse(await library.get(item.id));
        const lastReported = reported.get(item.id)!;
        expect(story.revision).toBeGreaterThanOrEqual(lastReported);
        expect(story.revision).toBeLessThanOrEqual(lastReported + 1);
        expect(story.body).toEqual(versionDraft(item.id, story.revision).body);
        expect(item).toEqual(summarize(story));
        for (const revision of await library.listRevisions(item.id)) {
          if (revision.revision > 1) expect(revision.headline).toBe(`Take ${revision.revision}`);
        }
      }
      await library.close();
    }
  }, 20_000);
});
