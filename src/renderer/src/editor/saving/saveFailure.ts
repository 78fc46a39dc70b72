import type { ContractError, ErrorCode } from '@shared/contract/result';

/** What lets saving resume after a failure. */
export type Resumption = 'retry' | 'edit' | 'reload';

export interface SaveFailure {
  message: string;
  resumesOn: Resumption;
  /** Failed saves in a row, for the retry backoff. */
  attempts: number;
}

function resumptionAfter(code: ErrorCode): Resumption {
  // The library refused this very draft: only a new edit can change the answer.
  if (code === 'invalid-input') return 'edit';
  // The story moved on (or went away) without these edits: saving again would only be refused again.
  if (code === 'conflict' || code === 'not-found') return 'reload';
  return 'retry';
}

export function nextFailure(error: ContractError, previous: SaveFailure | null): SaveFailure {
  return {
    message: error.message,
    resumesOn: resumptionAfter(error.code),
    attempts: (previous?.attempts ?? 0) + 1,
  };
}
