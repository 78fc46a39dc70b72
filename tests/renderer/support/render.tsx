import type { ReactNode } from 'react';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { vi } from 'vitest';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount: () => Promise<void>;
}

const mounted: Rendered[] = [];

export async function render(ui: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root!: Root;
  await act(async () => {
    root = createRoot(container);
    root.render(ui);
  });
  const rendered: Rendered = {
    container,
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
  mounted.push(rendered);
  return rendered;
}

export async function cleanup(): Promise<void> {
  for (const rendered of mounted.splice(0)) await rendered.unmount();
}

/** Moves fake timers on inside act, letting promises settle between them. */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/**
 * Lets pending promises and zero-delay timers settle inside act, so React applies their state updates.
 * Under fake timers no time passes: a test that waits on the clock says so with `advance`.
 */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    if (vi.isFakeTimers()) await advance(0);
    else
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
  }
}

export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const rounds = vi.isFakeTimers() ? 50 : Number.POSITIVE_INFINITY;
  const deadline = Date.now() + timeoutMs;
  for (let round = 0; ; round += 1) {
    try {
      return check();
    } catch (error) {
      if (round >= rounds || (!vi.isFakeTimers() && Date.now() > deadline)) throw error;
      await settle(1);
    }
  }
}
