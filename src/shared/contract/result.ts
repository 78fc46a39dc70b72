import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'storage',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const contractErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.array(z.string()).optional(),
});
export type ContractError = z.infer<typeof contractErrorSchema>;

/** Every call answers with a result, never a thrown error: IPC would strip an Error down to its message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: string[]): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}
