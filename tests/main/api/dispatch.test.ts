import { describe, expect, it, vi } from 'vitest';
import { newDraft } from '@shared/story/newDraft';
import { storyDraftSchema } from '@shared/story/story';
import type { Handlers } from '../../../src/main/api/Handlers';
import { InvalidInputError } from '../../../src/main/api/InvalidInputError';
import { createDispatch } from '../../../src/main/api/dispatch';
import { LibraryError } from '../../../src/main/library/LibraryError';

const id = '3f1e2d4c-5b6a-4789-8abc-def012345678';

function dispatchWith(overrides: Partial<Handlers>, logError = vi.fn()) {
  const unexpected = () => Promise.reject(new Error('not expected in this test'));
  const handlers = new Proxy(overrides, {
    get: (target, key) => target[key as keyof Handlers] ?? unexpected,
  });
  return createDispatch(handlers as Handlers, logError);
}

describe('dispatch', () => {
  it('passes parsed input, with defaults filled in, to the handler', async () => {
    const list = vi.fn().mockResolvedValue({ total: 0, items: [] });
    const result = await dispatchWith({ 'story:list': list })('story:list', {});
    expect(result).toEqual({ ok: true, value: { total: 0, items: [] } });
    expect(list).toHaveBeenCalledWith({ view: 'active', offset: 0, limit: 100 });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const result = await dispatchWith({})('shell:exec', { command: 'rm -rf /' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it.each([
    ['no input', 'story:get', undefined],
    ['a path for an id', 'story:get', { id: '../../etc/passwd' }],
    ['an extra field', 'story:get', { id, sneaky: true }],
    ['a stale draft shape', 'story:save', { id, baseRevision: 1, draft: { headline: 'x' } }],
    ['a negative page', 'story:list', { offset: -1 }],
  ])('refuses %s with a readable message before any handler runs', async (_label, channel, input) => {
    const handler = vi.fn();
    const result = await dispatchWith({ [channel]: handler })(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toContain(channel);
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns library errors into typed results', async () => {
    const save = vi.fn().mockRejectedValue(new LibraryError('conflict', 'This story was changed elsewhere.'));
    const result = await dispatchWith({ 'story:save': save })('story:save', {
      id,
      baseRevision: 1,
      draft: newDraft(),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'This story was changed elsewhere.' },
    });
  });

  it('reports input that its handler found unusable as invalid input', async () => {
    const create = vi.fn().mockRejectedValue(new InvalidInputError('The story body does not fit'));
    const result = await dispatchWith({ 'story:create': create })('story:create', { draft: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('reports a story that breaks a whole-story rule as invalid input', async () => {
    const broken = newDraft({ headline: 'x'.repeat(600) });
    const create = vi.fn().mockImplementation(() => storyDraftSchema.parseAsync(broken));
    const result = await dispatchWith({ 'story:create': create })('story:create', { draft: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.details?.[0]).toMatch(/^headline: /);
  });

  it('hides unexpected failures behind an internal error, and logs them', async () => {
    const logError = vi.fn();
    const get = vi.fn().mockRejectedValue(new TypeError('boom'));
    const result = await dispatchWith({ 'story:get': get }, logError)('story:get', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('boom');
    expect(logError).toHaveBeenCalledWith('story:get failed', expect.any(TypeError));
  });
});
