import type { Byline } from '@shared/story/story';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import { chance, pick, storyRandom, weighted } from './random';
import type { Random } from './random';
import { SECTIONS } from './sections';
import type { Section } from './sections';

export interface Speaker {
  name: string;
  title: string;
  organization: string;
}

/** The people a library's stories name: each section's reporters, and the sources they quote again and again. */
export interface Newsroom {
  staff: ReadonlyMap<string, readonly Byline[]>;
  speakers: ReadonlyMap<string, readonly Speaker[]>;
}

const REPORTERS_PER_SECTION = 24;
const SPEAKERS_PER_SECTION = 220;
/** A stream no story index uses, so the roster never shares random numbers with a story. */
const ROSTER_STREAM = 0xffffffff;

const ORGANIZATIONS: readonly (readonly [string, number])[] = [
  ['Copydesk Daily', 70],
  ['The Evening Ledger', 10],
  ['Reuters', 8],
  ['Associated Press', 7],
  ['AFP', 5],
];

function fullName(random: Random): string {
  return `${pick(random, GIVEN_NAMES)} ${pick(random, FAMILY_NAMES)}`;
}

function reporterTitle(random: Random, section: Section): string {
  const beat = section.name === 'Local' ? 'city' : section.name.toLowerCase();
  return weighted(random, [
    ['Staff reporter', 30],
    [`${section.name} correspondent`, 25],
    [`Senior ${beat} reporter`, 15],
    [`${section.name} editor`, 5],
    [`Chief ${beat} correspondent`, 5],
    ['Data reporter', 5],
    [section.name === 'Opinion' ? 'Columnist' : 'Freelance writer', 15],
  ]);
}

function speaker(random: Random, section: Section): Speaker {
  const title = pick(random, section.speakerTitles);
  const organization = chance(random, 0.85) ? pick(random, section.speakerOrganizations) : '';
  return { name: fullName(random), title, organization };
}

export function buildNewsroom(seed: number): Newsroom {
  const random = storyRandom(seed, ROSTER_STREAM);
  const staff = new Map<string, Byline[]>();
  const speakers = new Map<string, Speaker[]>();
  for (const section of SECTIONS) {
    staff.set(
      section.name,
      Array.from({ length: REPORTERS_PER_SECTION }, () => ({
        name: fullName(random),
        title: reporterTitle(random, section),
        organization: weighted(random, ORGANIZATIONS),
      })),
    );
    speakers.set(
      section.name,
      Array.from({ length: SPEAKERS_PER_SECTION }, () => speaker(random, section)),
    );
  }
  return { staff, speakers };
}
