import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../src/renderer/src/common/formatTime';

describe('formatTime', () => {
  const now = new Date(2026, 2, 2, 15, 0);

  it('shows only the time for something from today', () => {
    const text = formatTime(new Date(2026, 2, 2, 9, 5).toISOString(), now);
    expect(text).toMatch(/9:05/);
    expect(text).not.toMatch(/2026/);
  });

  it('adds the date for anything older', () => {
    expect(formatTime(new Date(2025, 10, 24, 9, 5).toISOString(), now)).toMatch(/2025/);
  });
});
