export interface Debounced {
  schedule: () => void;
  cancel: () => void;
}

/**
 * Runs `run` once things have been quiet for `waitMs`, but no later than `maxWaitMs` after the first
 * call it has not answered yet, so a steady stream of calls still gets answers.
 */
export function debounce(run: () => void, waitMs: number, maxWaitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstCallAt: number | null = null;

  function cancel() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstCallAt = null;
  }

  function schedule() {
    const now = Date.now();
    firstCallAt ??= now;
    if (timer !== null) clearTimeout(timer);
    const delay = Math.max(0, Math.min(waitMs, firstCallAt + maxWaitMs - now));
    timer = setTimeout(() => {
      cancel();
      run();
    }, delay);
  }

  return { schedule, cancel };
}
