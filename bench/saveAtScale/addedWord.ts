const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const WIDTH = 5;
/** A prefix no generated word starts with, so the word can only be found where a save put it. */
const MARK = 'qxz';

function lettersOf(value: number): string {
  let rest = Math.floor(Math.abs(value)) % LETTERS.length ** WIDTH;
  let letters = '';
  for (let place = 0; place < WIDTH; place++) {
    letters = LETTERS[rest % LETTERS.length]! + letters;
    rest = Math.floor(rest / LETTERS.length);
  }
  return letters;
}

/**
 * The `edit`-th word a run adds, letters only so the index keeps it whole. Every word of one run has the same
 * length, so none is a prefix of another and a typeahead query for one cannot be answered by a later one.
 */
export function addedWord(run: number, edit: number): string {
  return `${MARK}${lettersOf(run)}${lettersOf(edit)}`;
}

/** A tag for this run, so a library reused from an earlier run does not already hold this run's words. */
export function runTag(now: number = Date.now()): number {
  return Math.floor(now / 1000);
}
