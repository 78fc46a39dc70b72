import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isoTimeSchema } from '@shared/story/story';
import {
  embargoFromLocalInput,
  localInputFromEmbargo,
  localOffsetLabel,
} from '../../../src/renderer/src/metadata/embargoTime';

// Kyiv: UTC+2 in winter, UTC+3 in summer, so both the offset and a daylight-saving jump are exercised.
beforeAll(() => {
  vi.stubEnv('TZ', 'Europe/Kyiv');
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe('embargo times', () => {
  it('stores the typed wall time with the offset in force on that day', () => {
    expect(embargoFromLocalInput('2026-03-02T14:30')).toBe('2026-03-02T14:30:00+02:00');
    expect(embargoFromLocalInput('2026-07-01T09:05')).toBe('2026-07-01T09:05:00+03:00');
    expect(isoTimeSchema.safeParse(embargoFromLocalInput('2026-03-02T14:30')).success).toBe(true);
  });

  it('reads an empty or unreadable input as no embargo', () => {
    expect(embargoFromLocalInput('')).toBeNull();
    expect(embargoFromLocalInput('2026-03-02')).toBeNull();
  });

  it('moves a wall time the clocks skip forward, as the clocks did', () => {
    expect(embargoFromLocalInput('2026-03-29T03:30')).toBe('2026-03-29T04:30:00+03:00');
  });

  it('shows a stored embargo in local time, whatever offset it was stored with', () => {
    expect(localInputFromEmbargo('2026-03-02T14:30:00+02:00')).toBe('2026-03-02T14:30');
    expect(localInputFromEmbargo('2026-03-02T12:30:00Z')).toBe('2026-03-02T14:30');
    expect(localInputFromEmbargo(null)).toBe('');
  });

  it('names the offset the writer types in', () => {
    expect(localOffsetLabel(new Date('2026-07-01T12:00:00Z'))).toBe('UTC+03:00');
  });
});
