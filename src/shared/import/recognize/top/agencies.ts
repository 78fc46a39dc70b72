import { ORGANIZATION_WORDS } from '../people/nameWords';
import { keyOf } from '../text/tokens';

// News agencies and outlets known by a short name that no organization word gives away.
const AGENCIES = new Set(
  'ap afp dpa upi efe ansa tass xinhua kyodo anadolu yonhap bernama reuters bloomberg cnn bbc npr pa aap cp'.split(
    ' ',
  ),
);
const MAX_WORDS = 4;

/** `Associated Press`, `Reuters`, `The Washington Post`: a line naming who a byline works for. */
export function isAgencyLine(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length > MAX_WORDS || !/^\p{Lu}/u.test(line.trim())) return false;
  return words.some((word) => AGENCIES.has(keyOf(word)) || ORGANIZATION_WORDS.has(keyOf(word)));
}
