import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorCode } from '@shared/contract/result';
import type { SaveOutcome } from '../../../../src/renderer/src/editor/saving/AutosaveLoop';
import { AutosaveLoop } from '../../../../src/renderer/src/editor/saving/AutosaveLoop';
import { retryDelay } from '../../../../src/renderer/src/editor/saving/autosaveTiming';
import type { SaveStatus } from '../../../../src/renderer/src/editor/saveStatus';
import { saveStatusText } from '../../../../src/renderer/src/editor/saveStatus';

/** A library stand-in: each save waits until the test answers it, and records when it was sent. */
class ScriptedSaves {
  readonly sentAt: number[] = [];
  private answers: ((outcome: SaveOutcome) => void)[] = [];
  readonly statuses: string[] = [];
  readonly loop = new AutosaveLoop({
    send: () => {
      this.sentAt.push(Date.now());
      return new Promise<SaveOutcome>((resolve) => this.answers.push(resolve));
    },
    onStatus: (status: SaveStatus) => this.statuses.push(saveStatusText(status)),
  });

  get waiting(): number {
    return this.answers.length;
  }

  async answer(outcome: SaveOutcome): Promise<void> {
    const next = this.answers.shift();
    if (!next) throw new Error('No save is waiting for an answer');
    next(outcome);
    await vi.advanceTimersByTimeAsync(0);
  }

  succeed(): Promise<void> {
    return this.answer({ ok: true });
  }

  fail(code: ErrorCode, message = 'The library disk is full.'): Promise<void> {
    return this.answer({ ok: false, error: { code, message } });
  }

  get status(): string {
    return this.statuses.at(-1) ?? '';
  }
}

let saves: ScriptedSaves;
let start: number;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  start = Date.now();
  saves = new ScriptedSaves();
});

afterEach(() => {
  saves.loop.stop();
  vi.useRealTimers();
});

const since = (times: number[]) => times.map((time) => time - start);

describe('AutosaveLoop', () => {
  it('saves 700 ms after the last change, once for a burst of changes', async () => {
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(300);
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(300);
    saves.loop.changed();
    expect(saves.status).toBe('Unsaved changes');

    await vi.advanceTimersByTimeAsync(699);
    expect(saves.sentAt).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(since(saves.sentAt)).toEqual([1300]);
    expect(saves.status).toBe('Saving…');

    await saves.succeed();
    expect(saves.status).toBe('Saved');
    expect(saves.loop.hasUnsavedWork).toBe(false);
  });

  it('still saves every 5 s while changes never pause', async () => {
    for (let elapsed = 0; elapsed < 5_000; elapsed += 200) {
      saves.loop.changed();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(since(saves.sentAt)).toEqual([5_000]);
  });

  it('sends changes made during a save in the next save, never two at once', async () => {
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(700);
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saves.waiting).toBe(1);
    expect(saves.status).toBe('Saving…');

    await saves.succeed();
    expect(saves.sentAt).toHaveLength(2);
    expect(saves.status).toBe('Saving…');
    await saves.succeed();
    expect(saves.status).toBe('Saved');
  });

  it('retries a failed save after 1, 2, 4 … s, capped at 30 s, and says so', async () => {
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(700);
    for (let attempt = 1; attempt <= 7; attempt += 1) {
      await saves.fail('storage');
      expect(saves.status).toBe('Save failed: The library disk is full. Retrying…');
      await vi.advanceTimersByTimeAsync(retryDelay(attempt));
    }
    const gaps = saves.sentAt.slice(1).map((time, index) => time - saves.sentAt[index]!);
    expect(gaps).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);

    await saves.succeed();
    expect(saves.status).toBe('Saved');
  });

  it('keeps edits made after a failure for the retry instead of saving sooner', async () => {
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(700);
    await saves.fail('internal');
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(999);
    expect(saves.sentAt).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves.sentAt).toHaveLength(2);
  });

  it('saves an edit made while a retry was in flight once the retry succeeds', async () => {
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(700);
    await saves.fail('storage');
    await vi.advanceTimersByTimeAsync(1_000);
    saves.loop.changed();
    await saves.succeed();
    expect(saves.status).toBe('Unsaved changes');

    await vi.advanceTimersByTimeAsync(700);
    expect(saves.sentAt).toHaveLength(3);
    await saves.succeed();
    expect(saves.status).toBe('Saved');
  });

  it('stops on a conflict: later edits wait for a reload, and reset starts clean', async () => {
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(700);
    await saves.fail('conflict', 'The story is at revision 3, not 2.');
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves.sentAt).toHaveLength(1);
    expect(saves.status).toBe('Save failed: The story is at revision 3, not 2.');
    expect(saves.loop.hasUnsavedWork).toBe(true);

    saves.loop.reset();
    expect(saves.status).toBe('Saved');
    expect(saves.loop.hasUnsavedWork).toBe(false);
  });

  it('stops on refused input until the next edit, which may be the fix', async () => {
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(700);
    await saves.fail('invalid-input', 'The headline is longer than 500 characters');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves.sentAt).toHaveLength(1);
    expect(saves.status).toBe('Save failed: The headline is longer than 500 characters');

    saves.loop.changed();
    expect(saves.status).toBe('Unsaved changes');
    await vi.advanceTimersByTimeAsync(700);
    expect(saves.sentAt).toHaveLength(2);
  });

  it('flushes at once, resolving to whether the save went through', async () => {
    saves.loop.changed();
    const flushed = saves.loop.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(since(saves.sentAt)).toEqual([0]);
    await saves.fail('storage');
    await expect(flushed).resolves.toBe(false);

    const again = saves.loop.flush();
    await vi.advanceTimersByTimeAsync(0);
    await saves.succeed();
    await expect(again).resolves.toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves.sentAt).toHaveLength(2);
  });

  it('flushes nothing when nothing changed', async () => {
    await expect(saves.loop.flush()).resolves.toBe(true);
    expect(saves.sentAt).toEqual([]);
  });

  it('ignores the answer to a save sent before a reset', async () => {
    saves.loop.changed();
    await vi.advanceTimersByTimeAsync(700);
    saves.loop.reset();
    await saves.fail('storage');
    expect(saves.status).toBe('Saved');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves.sentAt).toHaveLength(1);
  });

  it('reports each status once, however many changes arrive', async () => {
    for (let change = 0; change < 50; change += 1) saves.loop.changed();
    expect(saves.statuses).toEqual(['Unsaved changes']);
  });
});
