import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail } from '@shared/contract/result';
import type { Dispatch } from '../api/dispatch';
import { BodyTooLargeError, readBody } from './readBody';
import { sendJson, sendMethodNotAllowed } from './responses';

export const API_PREFIX = '/api/';

function parseInput(body: Buffer): { input: unknown } | undefined {
  // An empty body is a call without input, which schemas such as library:status default to {}.
  if (body.length === 0) return { input: undefined };
  try {
    return { input: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * POST /api/<channel>: the same dispatch the desktop app's IPC uses. Every call, failed or not,
 * answers 200 with a Result, as IPC would; HTTP errors are kept for what never reached dispatch.
 */
export async function handleApiCall(
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
  dispatch: Dispatch,
): Promise<void> {
  if (request.method !== 'POST') return sendMethodNotAllowed(response, 'POST');
  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    // Closing is the only way to stop a client still uploading the rest.
    response.setHeader('Connection', 'close');
    return sendJson(response, 413, fail('invalid-input', error.message));
  }
  const parsed = parseInput(body);
  if (!parsed) return sendJson(response, 400, fail('invalid-input', 'The request body is not valid JSON.'));
  sendJson(response, 200, await dispatch(channel, parsed.input));
}
