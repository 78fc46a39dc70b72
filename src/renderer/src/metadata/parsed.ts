import type { z } from 'zod';

/** What a field's text means: a value the story may hold, or why it may not. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function valid<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function invalid(error: string): Parsed<never> {
  return { ok: false, error };
}

/** Checks with the story schema's own rule, so the panel can never send what the library would refuse. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  return result.success ? valid(result.data) : invalid(result.error.issues[0]?.message ?? 'Not valid');
}
