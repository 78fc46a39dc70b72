import type { Story, StoryDraft } from '@shared/story/story';
import { composeStory } from '../../src/main/library/composeStory';
import { deskLife } from './deskLife';
import { headline, subheadline } from './headline';
import type { Newsroom } from './newsroom';
import { PLACES, AGENCIES } from './places';
import type { Place } from './places';
import type { StoryMatter } from './prose';
import { between, chance, pick, sample, storyRandom, weighted } from './random';
import type { Random } from './random';
import { SECTIONS } from './sections';
import type { Section } from './sections';
import { storyBody } from './storyBody';
import { storyId } from './storyId';
import { CONTENT_WORDS } from './vocabulary';

export interface StoryRequest {
  seed: number;
  index: number;
  newsroom: Newsroom;
  /** The latest time any story was touched; the library spans the three years before it. */
  until: number;
  /** Mixed into every id, so libraries of different seeds share none. */
  idMask: number;
  trashed: boolean;
  quoteWord?: string;
}

const HOME_CITIES = PLACES.filter((place) => place.country === 'Portugal');
const NOTES = [
  'Check figures with the press office before publication.',
  'Legal to read: names a suspect.',
  'Photo desk has pictures from the scene.',
  'Update with the evening vote count.',
  'Second source needed for the third paragraph.',
];

const SECTION_SHARES = SECTIONS.map((section) => [section, section.share] as const);

function placeFor(random: Random, section: Section): Place {
  return section.name === 'Local' && chance(random, 0.8) ? pick(random, HOME_CITIES) : pick(random, PLACES);
}

function keywordsFor(random: Random, section: Section, place: Place): string[] {
  const count = between(random, 2, 6);
  const tagged = sample(random, section.keywords, count - 1);
  return [...new Set([...tagged, place.country])].slice(0, count);
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Story number `index` of the library `seed`: the same story every time, whatever else is generated. */
export function generateStory(request: StoryRequest): Story {
  const { newsroom, seed, index } = request;
  const random = storyRandom(seed, index);
  const id = storyId(random, index, request.idMask);
  const section = weighted(random, SECTION_SHARES);
  const life = deskLife(random, request.until);
  const place = placeFor(random, section);
  const staff = newsroom.staff.get(section.name)!;
  const speakers = sample(random, newsroom.speakers.get(section.name)!, between(random, 1, 5));
  const quoted = speakers.slice(0, 4);
  const inlineSpeaker = speakers.length > 4 || chance(random, 0.2) ? speakers.at(-1) : undefined;
  const matter: StoryMatter = {
    topics: [...section.topics, ...sample(random, CONTENT_WORDS, 4)],
    names: speakers.flatMap((speaker) => [speaker.name, speaker.name.split(' ').at(-1)!]),
    places: [place.city, place.country, pick(random, PLACES).city],
  };
  const bylines = sample(random, staff, chance(random, 0.8) ? 1 : 2);
  const { body, quotes } = storyBody(random, matter, {
    place,
    date: isoDay(life.createdAt),
    agency: pick(random, AGENCIES),
    speakers: quoted,
    inlineSpeaker,
    credit: chance(random, 0.2) ? pick(random, staff) : undefined,
    quoteWord: request.quoteWord,
  });
  const draft: StoryDraft = {
    headline: headline(random, matter),
    subheadline: chance(random, 0.7) ? subheadline(random, matter) : '',
    slug: '',
    bylines,
    section: section.name,
    keywords: keywordsFor(random, section, place),
    status: life.status,
    priority: life.priority,
    language: 'en',
    embargo: life.embargo === null ? null : new Date(life.embargo).toISOString(),
    body,
    editorNotes: chance(random, 0.1) ? pick(random, NOTES) : '',
    targetWords: chance(random, 0.3) ? pick(random, [400, 600, 800, 1000]) : null,
    quotes,
  };
  const updatedAt = new Date(life.updatedAt).toISOString();
  return composeStory(draft, {
    id,
    createdAt: new Date(life.createdAt).toISOString(),
    updatedAt,
    revision: life.revision,
    trashedAt: request.trashed ? updatedAt : null,
  });
}
