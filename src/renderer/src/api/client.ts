import type { CopydeskApi, Transport } from '@shared/contract/api';
import { buildApi } from '@shared/contract/api';
import type { Channel } from '@shared/contract/channels';
import type { CopydeskEvents } from '@shared/contract/menuCommands';
import type { Result } from '@shared/contract/result';
import { contractErrorSchema, fail } from '@shared/contract/result';
import { NO_EVENTS } from './EventsContext';

export const API_PATH = '/api/';

function unreachable(reason: string): Result<never> {
  return fail('internal', `Copydesk could not reach its library: ${reason}`);
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && contractErrorSchema.safeParse(value.error).success;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The browser harness serves the same contract over HTTP. Like IPC, every answer becomes a Result:
 * the screens never have to catch, whatever happens to the request.
 */
// The default looks fetch up per call: a detached `window.fetch` throws "Illegal invocation" in Chromium.
export function httpTransport(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Transport {
  return async (channel: Channel, input: unknown) => {
    let response: Response;
    try {
      response = await fetchImpl(`${API_PATH}${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch (error) {
      return unreachable(describe(error));
    }
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      return unreachable(`${channel} answered HTTP ${response.status} without a JSON result.`);
    }
    return isResult(answer)
      ? answer
      : unreachable(`${channel} answered HTTP ${response.status} with something that is not a result.`);
  };
}

export function resolveApi(exposed: CopydeskApi | undefined, fetchImpl?: typeof fetch): CopydeskApi {
  return exposed ?? buildApi(httpTransport(fetchImpl));
}

/** The renderer's only way to reach the library. */
export const copydesk: CopydeskApi = resolveApi(window.copydesk);

/** The application menu's commands in the desktop app; none in the browser harness. */
export const copydeskEvents: CopydeskEvents = window.copydeskEvents ?? NO_EVENTS;
