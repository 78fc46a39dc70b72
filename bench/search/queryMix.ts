import { foldedWords } from '../../src/main/search/engine/foldText';
import { corpusStory, seededRandom } from './storyCorpus';

export type QueryKind = 'one word' | 'two words' | 'prefix' | 'typo' | 'speaker';

export interface BenchQuery {
  kind: QueryKind;
  text: string;
}

/** Swaps two inner letters: the commonest typing slip, and two edits for MiniSearch's plain edit distance. */
function withTypo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 3));
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/**
 * Queries drawn from stories that are in the library, so every query has at least one right answer: equal
 * shares of one word, two words, typeahead prefixes of 1–5 letters, a typo'd word and a speaker's full name.
 */
export function queryMix(stories: number, count: number): BenchQuery[] {
  const random = seededRandom(4242);
  const queries: BenchQuery[] = [];
  for (let at = 0; at < count; at++) {
    const story = corpusStory(Math.floor(random() * stories));
    const words = foldedWords(story.body).filter((word) => word.length >= 4);
    const word = () => words[Math.floor(random() * words.length)]!;
    const kind = (['one word', 'two words', 'prefix', 'typo', 'speaker'] as const)[at % 5]!;
    if (kind === 'one word') queries.push({ kind, text: `${word()} ` });
    if (kind === 'two words') queries.push({ kind, text: `${word()} ${word()} ` });
    if (kind === 'prefix') queries.push({ kind, text: word().slice(0, 1 + (Math.floor(at / 5) % 5)) });
    if (kind === 'typo') {
      const long = words.filter((candidate) => candidate.length >= 6);
      queries.push({ kind, text: `${withTypo(long[Math.floor(random() * long.length)]!, random)} ` });
    }
    if (kind === 'speaker') {
      const speakers = story.speakers.split('; ');
      queries.push({ kind, text: `${speakers[Math.floor(random() * speakers.length)]!} ` });
    }
  }
  return queries;
}
