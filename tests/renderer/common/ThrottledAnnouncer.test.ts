import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThrottledAnnouncer } from '../../../src/renderer/src/common/ThrottledAnnouncer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function announcer() {
  const region = document.createElement('span');
  return { region, announcer: new ThrottledAnnouncer(() => region, 10_000, '6 words') };
}

describe('ThrottledAnnouncer', () => {
  it('starts silent and says the first change at once', () => {
    const { region, announcer: speaker } = announcer();
    speaker.say('6 words');
    expect(region.textContent).toBe('');
    speaker.say('7 words');
    expect(region.textContent).toBe('7 words');
  });

  it('says at most one thing per interval, ending on the latest', () => {
    const { region, announcer: speaker } = announcer();
    speaker.say('7 words');
    speaker.say('8 words');
    vi.advanceTimersByTime(5_000);
    speaker.say('9 words');
    expect(region.textContent).toBe('7 words');
    vi.advanceTimersByTime(5_000);
    expect(region.textContent).toBe('9 words');
  });

  it('says nothing more once stopped', () => {
    const { region, announcer: speaker } = announcer();
    speaker.say('7 words');
    speaker.say('8 words');
    speaker.stop();
    vi.advanceTimersByTime(20_000);
    expect(region.textContent).toBe('7 words');
  });
});
