export function wordsOf(line: string): string[] {
  return line.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Ends the way a sentence ends, closing quotation marks and brackets aside. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["”’»)\]]*$/u.test(line.trim());
}

// Words title case leaves in lowercase, so they say nothing about the case of a line.
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or over so the to up via vs with yet'.split(' '),
);

/** Most of its words capitalized, as in `Ukraine Russia Peace Talks Istanbul`. */
export function isTitleCase(line: string): boolean {
  const words = wordsOf(line)
    .slice(1)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return true;
  const capitalized = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalized / words.length >= 0.6;
}

/** A line a desk editor reads as running text: a lede, a standfirst. */
export function isSentenceLike(line: string): boolean {
  const count = wordsOf(line).length;
  if (count >= 25) return true;
  if (!endsLikeSentence(line)) return false;
  // A short question is a headline far more often than a lede.
  if (/\?["”’»)\]]*$/u.test(line.trim()) && count < 12) return false;
  return count >= 8 || (count >= 4 && !isTitleCase(line));
}

/** A line that could be a headline: short, no sentence-ending period, opening with a capital or digit. */
export function isTitleLike(line: string): boolean {
  const count = wordsOf(line).length;
  if (count === 0 || count > 20) return false;
  if (/[.,;:]["”’»)\]]*$/u.test(line.trim())) return false;
  return /^["“‘«(]?[\p{Lu}\p{N}]/u.test(line.trim());
}
