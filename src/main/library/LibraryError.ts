import type { ErrorCode } from '@shared/contract/result';

/** An expected failure of a library operation, carried to the renderer as a typed error result. */
export class LibraryError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'invalid-input' | 'internal'>,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}
