import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLibrary } from '../../../bench/library/makeLibrary';
import { noHits } from '../../../src/main/search/SearchEngine';
import { measureSaves } from '../../../bench/saveAtScale/measureSaves';
import { openSearchedLibrary } from '../../../bench/saveAtScale/openSearchedLibrary';
import type { SearchedLibrary } from '../../../bench/saveAtScale/openSearchedLibrary';
import { inProcessRunner } from '../../../src/main/search/runner/inProcessRunner';

let root: string;
let subject: SearchedLibrary;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-save-at-scale-test-'));
  const { dir } = await makeLibrary({ stories: 10, out: join(root, 'library'), seed: 3 });
  subject = await openSearchedLibrary(dir, inProcessRunner);
});

afterAll(async () => {
  await subject?.library.close();
  await rm(root, { recursive: true, force: true });
});

describe('measureSaves', () => {
  it('reports one sample per timed save, each found by search for the word its edit added', async () => {
    const samples = await measureSaves(subject, { saves: 5, warmUp: 2, seed: 9, run: 1 });

    expect(samples).toHaveLength(5);
    expect(new Set(samples.map((sample) => sample.word)).size).toBe(5);
    for (const sample of samples) {
      expect(sample.found).toBe(true);
      expect(sample.ms).toBeGreaterThan(0);
      const saved = await subject.library.get(sample.storyId);
      expect(JSON.stringify(saved.body)).toContain(sample.word);
    }
  });

  it('reports a save whose word search does not find as not found', async () => {
    const blind = { ...subject, search: { search: async () => noHits() } };

    const samples = await measureSaves(blind, { saves: 3, warmUp: 0, seed: 9, run: 2 });

    expect(samples.map((sample) => sample.found)).toEqual([false, false, false]);
  });
});
