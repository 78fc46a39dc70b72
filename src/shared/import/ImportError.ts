export type ImportProblem = 'empty' | 'binary' | 'too-large' | 'unreadable' | 'wrong-format';

/** A file that cannot become a story; the message says why in words a desk understands. */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(
    readonly problem: ImportProblem,
    message: string,
  ) {
    super(message);
  }
}
