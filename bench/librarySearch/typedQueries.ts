import { foldedWords } from '../../src/main/search/engine/foldText';
import { searchDocumentOf } from '../../src/main/search/searchDocumentOf';
import type { StoryRepository } from '../../src/main/library/StoryRepository';
import { pick, storyRandom } from '../library/random';

export interface TypedQuery {
  text: string;
  /** 'typing' while the word is being typed (a prefix), 'word' once a space ends it. */
  kind: 'typing' | 'word';
}

const PICK_STREAM = 0x5ea7c4;

/**
 * What a reporter's keystrokes send: for a word taken from a story of the library (its body, a quote, a
 * speaker), every prefix as it is typed, then the word with a space. One in three follows another word, as in
 * "kherson mayor".
 */
export async function typedQueries(
  library: StoryRepository,
  ids: readonly string[],
  words: number,
  seed: number,
): Promise<TypedQuery[]> {
  const random = storyRandom(seed, PICK_STREAM);
  const queries: TypedQuery[] = [];
  for (let made = 0; made < words; made++) {
    const document = searchDocumentOf(await library.get(pick(random, ids)));
    const candidates = foldedWords(`${document.body} ${document.speakers}`).filter(
      (word) => word.length >= 4,
    );
    const word = pick(random, candidates);
    const lead = made % 3 === 2 ? `${pick(random, candidates)} ` : '';
    for (let length = 1; length <= word.length; length++) {
      queries.push({ text: `${lead}${word.slice(0, length)}`, kind: 'typing' });
    }
    queries.push({ text: `${lead}${word} `, kind: 'word' });
  }
  return queries;
}
