import { z } from 'zod';
import { isChannel } from '@shared/contract/channels';
import { contract } from '@shared/contract/contract';
import type { Result } from '@shared/contract/result';
import { fail, ok } from '@shared/contract/result';
import { LibraryError } from '../library/LibraryError';
import type { Handlers } from './Handlers';
import { InvalidInputError } from './InvalidInputError';
import { UnavailableError } from './UnavailableError';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;
export type ErrorLog = (message: string, error: unknown) => void;

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${path}${issue.message}`;
  });
}

/**
 * The single entry to main's handlers: refuses unknown channels and invalid input before any handler
 * runs, and turns every failure into a typed error result instead of a crash.
 */
export function createDispatch(handlers: Handlers, logError: ErrorLog = console.error): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return fail('invalid-input', `There is no call named "${channel}".`);
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      const details = describeIssues(parsed.error);
      return fail('invalid-input', `The ${channel} call was refused: ${details.join('; ')}`, details);
    }
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    try {
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof LibraryError) return fail(error.code, error.message);
      if (error instanceof InvalidInputError) return fail('invalid-input', error.message);
      if (error instanceof UnavailableError) return fail('unavailable', error.message);
      // A story composed from a valid input can still break a rule of the whole story, such as its size.
      if (error instanceof z.ZodError) {
        const details = describeIssues(error);
        return fail('invalid-input', `The ${channel} call was refused: ${details.join('; ')}`, details);
      }
      logError(`${channel} failed`, error);
      return fail('internal', `Copydesk could not complete ${channel}; the library was left as it was.`);
    }
  };
}
