import type { SearchDocument } from '../../src/main/search/SearchEngine';
import { prose } from '../editor/newsProse';

/** Deterministic 32-bit generator (mulberry32): the same seed gives the same library on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = (
  'Olena Petro Maria Andriy Iryna Taras Oksana Dmytro Natalia Serhiy Anna Mykola Yulia Viktor Sofia Ivan ' +
  'James Sarah Ahmed Fatima Carlos Lucía José Zoë Chloé François Björn Søren Ayşe Mehmet Priya Rahul Wei Mei'
).split(' ');
const LAST_NAMES = (
  'Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Boyko Lysenko Marchenko Savchenko ' +
  'Rudenko Smith Johnson García Martínez López Müller Schmidt Dubois Moreau Rossi Bianchi Nowak Kowalski ' +
  'Yılmaz Kaya Haddad Nasser Okafor Mensah Tanaka Sato Kim Park Nguyen Singh Patel Novák Horváth'
).split(' ');
const CITIES = (
  'Kyїv Kherson Odesa Kharkiv Lviv Dnipro Zaporizhzhia Mykolaiv Geneva Brussels Warsaw Berlin Paris London ' +
  'Washington Ankara Istanbul Bucharest Chișinău Vilnius Rīga Tallinn Helsinki Kraków Gdańsk Zürich Malmö'
).split(' ');
const SECTIONS = 'politics economy world conflict energy health climate sport culture science'.split(' ');

const SYLLABLES = (
  'ka lo mi ne ro sa ti ven dor ham pel tur gis bra sko lin mar fel dun cor pri stan vol gen tek ' +
  'ral mos ber kin tra sol vid pen cal rum zel ost nor bel wes fra dim'
).split(' ');

/**
 * Rare words follow Zipf's law as real vocabularies do: a long tail of words seen in a handful of stories, so the
 * index grows its term list with the library instead of reusing the prose generator's ~130 words.
 */
function rareLexicon(size: number): { words: string[]; cumulative: Float64Array } {
  const random = seededRandom(7);
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!).join(''));
  }
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  for (let rank = 0; rank < size; rank++) cumulative[rank]! /= total;
  return { words: [...words], cumulative };
}

const LEXICON = rareLexicon(60_000);

function zipfWord(random: () => number): string {
  const target = random();
  let low = 0;
  let high = LEXICON.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (LEXICON.cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return LEXICON.words[low]!;
}

const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)]!;
const person = (random: () => number) => `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;

/** News prose with one word in five drawn from the rare lexicon. */
function richProse(random: () => number, words: number): string {
  return prose(random, words).replace(/[a-z]+/g, (word) => (random() < 0.2 ? zipfWord(random) : word));
}

/** Story `index` of a library, ~800 words with a dateline, three quotes, one or two bylines and keywords. */
export function corpusStory(index: number, revision = 0): SearchDocument {
  const random = seededRandom(index * 7919 + revision * 104_729 + 1);
  const city = pick(random, CITIES);
  const speakers = [person(random), person(random), person(random)];
  const quotes = speakers.map((speaker) => `"${richProse(random, 25)}" said ${speaker}.`);
  const paragraphs = Array.from({ length: 9 }, () => richProse(random, 80));
  paragraphs.splice(2, 0, quotes[0]!);
  paragraphs.splice(5, 0, quotes[1]!);
  paragraphs.splice(8, 0, quotes[2]!);
  const bylines = Array.from(
    { length: 1 + Math.floor(random() * 2) },
    () => `${person(random)}, staff reporter`,
  );
  return {
    id: `story-${index.toString(36).padStart(6, '0')}`,
    headline: richProse(random, 6 + Math.floor(random() * 6)).replace(/\.$/, ''),
    body: `${city.toUpperCase()} — ${paragraphs.join('\n')}`,
    bylines: bylines.join('; '),
    dateline: `${city.toUpperCase()}, ${city}`,
    keywords: [pick(random, SECTIONS), zipfWord(random), zipfWord(random)].join(', '),
    speakers: speakers.join('; '),
  };
}
