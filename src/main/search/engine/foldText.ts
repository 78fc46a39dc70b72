// Cyrillic letters that look like Latin ones: a city name typed on a Ukrainian layout ("Kyїv") must match
// the one typed on a Latin layout ("Kyiv"). Only words that mix both scripts are folded, so Cyrillic words stay
// searchable as typed.
const LATIN_LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
};
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;
const COMBINING_MARKS = /\p{M}+/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

function isPlainAscii(word: string): boolean {
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) > 0x7f) return false;
  return true;
}

/** One word as the indexes hold it: lowercase, accents dropped, Latin look-alikes in mixed words made Latin. */
export function foldWord(word: string): string {
  // Most words of English copy: nothing to decompose, no Cyrillic to fold.
  if (isPlainAscii(word)) return word.toLowerCase();
  const bare = word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  if (!CYRILLIC.test(bare) || !LATIN.test(bare)) return bare;
  return Array.from(bare, (letter) => LATIN_LOOKALIKES[letter] ?? letter).join('');
}

/** The words of `text`, folded; punctuation and apostrophes split words ("Kherson's" → kherson, s). */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .split(WORD_SEPARATORS)
    .filter((word) => word.length > 0)
    .map(foldWord);
}
