// Not a dictionary of verbs: the common ones a caption or headline shows, enough to tell `Talks Held in
// Istanbul` (a headline) from `Ukraine Russia Peace Talks Istanbul` (a photo's alt text).
const VERB_HINTS = new Set(
  `is are was were be been being has have had will would can could may might must shall should do does did
  says said say to held holds hold meet meets met agree agrees agreed discuss discusses discussed`.split(
    /\s+/u,
  ),
);

export function hasVerbHint(line: string): boolean {
  return line
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .some((word) => VERB_HINTS.has(word) || /\p{L}{3,}ed$/u.test(word));
}
