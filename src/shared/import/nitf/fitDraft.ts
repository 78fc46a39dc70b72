import type { Byline, StoryDraft } from '../../story/story';

export type Dropped = { text: string; reason: string }[];

type FittedFields = Partial<
  Pick<StoryDraft, 'headline' | 'subheadline' | 'section' | 'bylines' | 'keywords' | 'language'>
>;

const LANGUAGE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
const LIMITS = { headline: 500, subheadline: 1000, section: 200 } as const;

const fitsByline = (byline: Byline) =>
  byline.name.length <= 200 && byline.title.length <= 200 && byline.organization.length <= 200;

/**
 * The fields a foreign file gives, fitted to what a story holds: a field too long for the library or a
 * language that is no tag is left out and listed as dropped, so one odd field does not
 * keep the whole story out.
 */
export function fitDraft<T extends FittedFields>(fields: T, dropped: Dropped): T {
  const fitted = { ...fields };
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    const value = fitted[field];
    if (value !== undefined && value.length > max) {
      dropped.push({ text: value, reason: `the ${field} is longer than ${max} characters` });
      fitted[field] = '';
    }
  }
  if (fitted.bylines) {
    for (const byline of fitted.bylines.filter((one) => !fitsByline(one)))
      dropped.push({ text: byline.name, reason: 'a byline longer than 200 characters' });
    fitted.bylines = fitted.bylines.filter(fitsByline).slice(0, 50);
  }
  if (fitted.keywords) {
    for (const keyword of fitted.keywords.filter((one) => one.length > 100))
      dropped.push({ text: keyword, reason: 'a keyword longer than 100 characters' });
    fitted.keywords = fitted.keywords.filter((one) => one.length <= 100).slice(0, 200);
  }
  if (fitted.language !== undefined && fitted.language !== '' && !LANGUAGE.test(fitted.language)) {
    dropped.push({ text: fitted.language, reason: 'a language that is not a BCP 47 tag' });
    delete fitted.language;
  }
  if (fitted.language === '') delete fitted.language;
  return fitted;
}
