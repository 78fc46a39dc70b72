/** A mistake in the command itself (an unknown format, story or option): exit code 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}
