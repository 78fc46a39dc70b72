import { pick } from './random';
import type { Random } from './random';
import { CONTENT_WORDS, FUNCTION_WORDS } from './vocabulary';
import { ZipfSampler } from './ZipfSampler';

/** What one story writes about: its topic words come back often, its names and places now and then. */
export interface StoryMatter {
  topics: readonly string[];
  names: readonly string[];
  places: readonly string[];
}

const functionWords = new ZipfSampler(FUNCTION_WORDS, 0.9);
const contentWords = new ZipfSampler(CONTENT_WORDS, 1.05);

const UNITS = ['percent', 'million', 'billion', 'people', 'kilometres', 'euros', 'dollars', 'days'];

function number(random: Random): string {
  const kind = random();
  if (kind < 0.25)
    return `${1 + Math.floor(random() * 20)}.${Math.floor(random() * 10)} ${pick(random, UNITS)}`;
  if (kind < 0.45)
    return `${1 + Math.floor(random() * 999)},${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
  if (kind < 0.6) return `$${1 + Math.floor(random() * 90)}.${Math.floor(random() * 10)} billion`;
  if (kind < 0.75) return String(1990 + Math.floor(random() * 36));
  return String(2 + Math.floor(random() * 98));
}

function token(random: Random, matter: StoryMatter): string {
  const kind = random();
  if (kind < 0.42) return functionWords.draw(random);
  if (kind < 0.5) return pick(random, matter.topics);
  if (kind < 0.53) return pick(random, matter.names);
  if (kind < 0.55) return pick(random, matter.places);
  if (kind < 0.57) return number(random);
  return contentWords.draw(random);
}

export function sentence(random: Random, matter: StoryMatter, words: number): string {
  const tokens: string[] = [];
  for (let at = 0; at < words; at++) {
    const next = token(random, matter);
    tokens.push(at > 2 && at < words - 2 && random() < 0.06 ? `${next},` : next);
  }
  const first = tokens[0]!;
  tokens[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${tokens.join(' ')}.`;
}

/** A news paragraph: one to three sentences, `words` tokens in all (names and figures may add a few words). */
export function paragraphText(random: Random, matter: StoryMatter, words: number): string {
  const sentences: string[] = [];
  let remaining = words;
  while (remaining > 0) {
    const length = remaining <= 30 ? remaining : 10 + Math.floor(random() * 20);
    sentences.push(sentence(random, matter, length));
    remaining -= length;
  }
  return sentences.join(' ');
}
