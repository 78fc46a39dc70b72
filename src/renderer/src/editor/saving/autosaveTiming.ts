/** Quiet time after the last change before a save goes out: well inside the one second a writer may lose. */
export const SAVE_DEBOUNCE_MS = 700;

/** Continuous typing never pauses long enough for the debounce, so it still saves this often. */
export const SAVE_MAX_WAIT_MS = 5_000;

export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

/** 1 s, 2 s, 4 s … capped at 30 s: a full disk or a stalled library is not hammered, and never given up on. */
export function retryDelay(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_MS);
}
