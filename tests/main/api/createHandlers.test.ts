import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Story } from '@shared/story/story';
import { newDraft } from '@shared/story/newDraft';
import { createHandlers } from '../../../src/main/api/createHandlers';
import type { Dispatch } from '../../../src/main/api/dispatch';
import { createDispatch } from '../../../src/main/api/dispatch';
import { openLibrary } from '../../../src/main/library/openLibrary';
import type { StoryRepository } from '../../../src/main/library/StoryRepository';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

let dir: string;
let library: StoryRepository;
let dispatch: Dispatch;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-handlers-'));
  library = await openLibrary(dir);
  dispatch = createDispatch(createHandlers(library), () => undefined);
});

afterEach(async () => {
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

async function created(): Promise<Story> {
  const result = await dispatch('story:create', { draft: { headline: 'Talks resume' } });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Story;
}

describe('handlers over a real library', () => {
  it('saves a body that fits the story schema', async () => {
    const story = await created();
    const body = { type: 'doc', content: [paragraph('Negotiators met on Wednesday.')] };
    const result = await dispatch('story:save', {
      id: story.id,
      baseRevision: 1,
      draft: { ...newDraft(), body },
    });
    expect(result).toMatchObject({ ok: true, value: { revision: 2, wordCount: 4 } });
  });

  it.each([
    ['an unknown node', { type: 'doc', content: [{ type: 'iframe' }] }],
    ['a quote with no attribution', { type: 'doc', content: [{ type: 'quote', content: [] }] }],
    ['text straight in the document', { type: 'doc', content: [{ type: 'text', text: 'loose' }] }],
  ])('refuses %s and leaves the story file untouched', async (_label, body) => {
    const story = await created();
    const file = join(dir, 'stories', `${story.id}.json`);
    const before = await readFile(file);
    const result = await dispatch('story:save', {
      id: story.id,
      baseRevision: 1,
      draft: { ...newDraft(), body },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses to create a story whose body does not fit', async () => {
    const result = await dispatch('story:create', {
      draft: { body: { type: 'doc', content: [{ type: 'x' }] } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const list = await dispatch('story:list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('reports a stale save as a conflict', async () => {
    const story = await created();
    await dispatch('story:save', { id: story.id, baseRevision: 1, draft: newDraft({ headline: 'First' }) });
    const stale = await dispatch('story:save', { id: story.id, baseRevision: 1, draft: newDraft() });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('purges only from the trash and answers with the id', async () => {
    const story = await created();
    expect(await dispatch('story:purge', { id: story.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await dispatch('story:trash', { id: story.id });
    expect(await dispatch('story:purge', { id: story.id })).toEqual({ ok: true, value: { id: story.id } });
    expect(await dispatch('story:get', { id: story.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
