import FlexSearch from 'flexsearch';
import { noHits } from '../SearchEngine';
import type { SearchDocument, SearchEngine, SearchEngineKind, SearchHits } from '../SearchEngine';
import { foldedWords } from './foldText';
import { parseQuery } from './parseQuery';
import { TrashedStories } from './TrashedStories';
import { HEADLINE_BOOST, searchableText } from './searchFields';
import { unwrapSerialized, wrapSerialized } from './serializedEnvelope';
import { Vocabulary } from './vocabulary';

export interface FlexSearchTuning {
  /** Keeps each story's index entries so removing it is cheap; FlexSearch 0.8.212 cannot import such an index. */
  fastupdate: boolean;
  /** FlexSearch's number of relevance buckets per term: fewer is smaller and faster, coarser ranking. */
  resolution: number;
  /** Finished words at least this long that no story contains are replaced by the nearest known word. */
  fuzzyMinLength: number;
  /** Words of this length and longer may be two edits off, shorter ones one. */
  twoEditsMinLength: number;
}

export const FLEXSEARCH_DEFAULT_TUNING: FlexSearchTuning = {
  fastupdate: false,
  resolution: 9,
  fuzzyMinLength: 4,
  twoEditsMinLength: 8,
};

const ENGINE = 'flexsearch';
const FORMAT = 1;

interface IndexedStory {
  [field: string]: string;
  id: string;
  headline: string;
  /** Every field in one: FlexSearch requires all words of a query to match in one field. */
  all: string;
}

interface Persisted {
  size: number;
  parts: [string, string][];
  vocabulary: [string, number][];
}

type FlexDocument = InstanceType<typeof FlexSearch.Document<IndexedStory>>;

// Our own folding instead of FlexSearch's encoders: their Latin presets are phonetic and lossy (they collapse
// n/m, drop vowels), which makes highlighting guess and merges unrelated words.
const encoder = new FlexSearch.Encoder({
  normalize: false,
  dedupe: false,
  minlength: 1,
  prepare: (text) => foldedWords(text).join(' '),
  split: ' ',
});

function createDocument(tuning: FlexSearchTuning): FlexDocument {
  return new FlexSearch.Document<IndexedStory>({
    tokenize: 'forward',
    encoder,
    fastupdate: tuning.fastupdate,
    resolution: tuning.resolution,
    document: { id: 'id', index: ['headline', 'all'] },
  });
}

function correctedQuery(text: string, vocabulary: Vocabulary, tuning: FlexSearchTuning) {
  const { words, lastIsPrefix } = parseQuery(text);
  return words.map((word, index) => {
    const typed = lastIsPrefix && index === words.length - 1;
    if (typed || word.length < tuning.fuzzyMinLength) return word;
    const maxEdits = word.length >= tuning.twoEditsMinLength ? 2 : 1;
    return vocabulary.nearest(word, maxEdits) ?? word;
  });
}

/**
 * The vocabulary (word → stories that contained it) only grows: removing a story would need its old text. A
 * word no story still holds can then be offered as a correction and find nothing, which is what it would have
 * found uncorrected; a rebuild forgets it.
 */
function wrap(
  index: FlexDocument,
  vocabulary: Vocabulary,
  initialSize: number,
  tuning: FlexSearchTuning,
): SearchEngine {
  let size = initialSize;
  const trashed = new TrashedStories();
  const discard = (id: string) => {
    // Without fastupdate, removing walks the whole index: never do it for a story that is not there.
    if (!index.contain(id)) return;
    index.remove(id);
    size--;
  };
  const remove = (id: string) => {
    trashed.forget(id);
    discard(id);
  };
  return {
    get size() {
      return size;
    },
    add(document: SearchDocument) {
      discard(document.id);
      const all = searchableText(document);
      index.add({ id: document.id, headline: document.headline, all });
      vocabulary.add(foldedWords(all));
      size++;
    },
    remove,
    has: (id) => index.contain(id),
    setTrashed: (ids, isTrashed) => trashed.set(ids, isTrashed),
    search(text, limit, view): SearchHits {
      const terms = correctedQuery(text, vocabulary, tuning);
      if (terms.length === 0) return noHits();
      const query = terms.join(' ');
      // FlexSearch caps its answer at `limit`: every match is asked for, to narrow to the view and count them.
      const all = index.search(query, { index: 'all', limit: Math.max(1, size), pluck: 'all' });
      if (all.length === 0) return noHits();
      const inHeadline = new Set(
        index.search(query, { index: 'headline', limit: Math.max(1, size), pluck: 'headline' }),
      );
      const ranked = all
        .map((id, rank) => ({
          id: String(id),
          score: (inHeadline.has(id) ? HEADLINE_BOOST : 0) + 1 / (1 + rank),
        }))
        .sort((a, b) => b.score - a.score);
      return trashed.narrow(ranked, terms, limit, view);
    },
    serialize() {
      const parts: [string, string][] = [];
      index.export((key, data) => {
        parts.push([key, data]);
      });
      const persisted: Persisted = { size, parts, vocabulary: vocabulary.entries() };
      return wrapSerialized(ENGINE, FORMAT, JSON.stringify(persisted));
    },
  };
}

export function flexSearchKind(tuning: FlexSearchTuning = FLEXSEARCH_DEFAULT_TUNING): SearchEngineKind {
  return {
    name: 'flexsearch',
    create: () => wrap(createDocument(tuning), new Vocabulary(), 0, tuning),
    load(serialized) {
      const persisted = unwrapSerialized(ENGINE, FORMAT, serialized) as Partial<Persisted>;
      if (!Array.isArray(persisted.parts) || !Array.isArray(persisted.vocabulary)) {
        throw new Error(`Corrupt ${ENGINE} index`);
      }
      try {
        const index = createDocument(tuning);
        for (const [key, data] of persisted.parts) index.import(key, data);
        return wrap(index, new Vocabulary(persisted.vocabulary), Number(persisted.size), tuning);
      } catch (error) {
        throw new Error(`Corrupt ${ENGINE} index`, { cause: error });
      }
    },
  };
}

export const flexSearchEngine: SearchEngineKind = flexSearchKind();
