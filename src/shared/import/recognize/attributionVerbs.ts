import type { Token } from './text/tokens';

/**
 * The verbs that attribute a quote to its speaker, in every tense copy uses them. One list for the whole
 * recognizer: a quote needs one of these next to it to have a speaker.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(
  `said says say stated states noted notes added adds told tells asked asks explained explains warned warns
  declared declares announced announces insisted insists argued argues replied replies responded responds
  wrote writes continued continues remarked remarks acknowledged acknowledges admitted admits claimed claims
  emphasized emphasizes emphasised emphasises stressed stresses observed observes commented comments recalled
  recalls urged urges conceded concedes cautioned cautions predicted predicts concluded concludes confirmed
  confirms maintained maintains suggested suggests posted tweeted quipped joked shouted yelled whispered
  answered agreed agrees countered counters complained complains lamented laments boasted vowed vows pledged
  pledges promised promises reiterated reiterates affirmed affirms asserted asserts contended contends mused
  recounted recounts testified testifies revealed reveals informed assured reminded`.split(/\s+/u),
);

/** Attributions of more than one word, each as its words. */
export const ATTRIBUTION_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['went', 'on'],
  ['goes', 'on'],
];

/** Verbs followed by whom they were said to (`told reporters`), which is neither speaker nor context. */
export const VERBS_WITH_OBJECT: ReadonlySet<string> = new Set(
  'told tells asked asks informed assured reminded urged urges warned warns'.split(' '),
);

/** How many words the attribution verb at `index` takes (0 when there is none). */
export function attributionVerbAt(tokens: readonly Token[], index: number): number {
  for (const phrase of ATTRIBUTION_PHRASES) {
    if (phrase.every((word, offset) => tokens[index + offset]?.key === word)) return phrase.length;
  }
  return ATTRIBUTION_VERBS.has(tokens[index]?.key ?? '') ? 1 : 0;
}
