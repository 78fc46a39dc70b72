import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/renderer/src/common/debounce';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('debounce', () => {
  it('runs once the calls have paused', () => {
    const run = vi.fn();
    const debounced = debounce(run, 300, 2_000);
    debounced.schedule();
    vi.advanceTimersByTime(200);
    debounced.schedule();
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
  });

  it('runs by the max wait while calls keep coming, then starts a new wait', () => {
    const run = vi.fn();
    const debounced = debounce(run, 300, 2_000);
    for (let elapsed = 0; elapsed < 4_000; elapsed += 100) {
      debounced.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs nothing once cancelled', () => {
    const run = vi.fn();
    const debounced = debounce(run, 300, 2_000);
    debounced.schedule();
    debounced.cancel();
    vi.advanceTimersByTime(5_000);
    expect(run).not.toHaveBeenCalled();
  });
});
