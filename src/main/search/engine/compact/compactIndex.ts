import { DocumentTable } from './DocumentTable';
import { ordinalOfEntry, withOrdinal } from './postingEntry';
import { Postings } from './Postings';
import { TermDictionary } from './TermDictionary';

/** An index's three parts; compaction and loading both produce one. */
export interface IndexParts {
  documents: DocumentTable;
  dictionary: TermDictionary;
  postings: Postings;
}

export const emptyIndexParts = (): IndexParts => ({
  documents: new DocumentTable(),
  dictionary: new TermDictionary(),
  postings: new Postings(),
});

/**
 * The same index with dead stories and unused words gone, stories renumbered in order and every posting in
 * the flat array: what is persisted, and what a long-running index folds its recent additions into.
 */
export function compactIndex({ documents, dictionary, postings }: IndexParts): IndexParts {
  const renumbered = new Int32Array(documents.issued).fill(-1);
  const ids: string[] = [];
  const lengths = new Uint32Array(documents.aliveCount);
  const inTrash = new Uint8Array(documents.aliveCount);
  for (let ordinal = 0; ordinal < documents.issued; ordinal++) {
    if (documents.alive[ordinal] === 0) continue;
    lengths[ids.length] = documents.lengths[ordinal]!;
    inTrash[ids.length] = documents.inTrash[ordinal]!;
    renumbered[ordinal] = ids.length;
    ids.push(documents.idAt(ordinal));
  }

  const terms: string[] = [];
  const starts: number[] = [0];
  const entries = new Uint32Array(postings.compactedCount + postings.recentCount);
  let written = 0;
  const keep = (entry: number) => {
    const ordinal = renumbered[ordinalOfEntry(entry)]!;
    if (ordinal >= 0) entries[written++] = withOrdinal(entry, ordinal);
  };
  for (const termId of dictionary.sortedIds()) {
    const before = written;
    const from = postings.compactedFrom(termId);
    const to = from + postings.compactedLength(termId);
    for (let at = from; at < to; at++) keep(postings.entries[at]!);
    for (const entry of postings.recentOf(termId)) keep(entry);
    if (written === before) continue;
    terms.push(dictionary.termOf(termId));
    starts.push(written);
  }
  return {
    documents: new DocumentTable(ids, lengths, inTrash),
    dictionary: new TermDictionary(terms),
    postings: new Postings(Uint32Array.from(starts), entries.slice(0, written)),
  };
}
