import { crc32 } from 'node:zlib';
import { DocumentTable } from './DocumentTable';
import type { IndexParts } from './compactIndex';
import { MAX_ORDINALS, ordinalOfEntry } from './postingEntry';
import { Postings } from './Postings';
import { TermDictionary } from './TermDictionary';

// "CDSX": Copydesk search index. The header is eight little-endian Uint32s; the typed arrays follow it, so
// each stays 4-byte aligned, and loading them is a view on the file's bytes rather than a parse.
const MAGIC = 0x58534443;
const VERSION = 2;
const HEADER_WORDS = 8;
const HEADER_BYTES = HEADER_WORDS * 4;
const SEPARATOR = '\n';
const CHECKSUM_AT = HEADER_BYTES - 4;

/** Over the header's counts as well as the contents: counts that still add up can move a boundary. */
const checksumOf = (file: Uint8Array): number =>
  crc32(file.subarray(HEADER_BYTES), crc32(file.subarray(0, CHECKSUM_AT)));

export class CorruptIndexError extends Error {
  constructor(reason: string) {
    super(`The search index file is unusable: ${reason}.`);
    this.name = 'CorruptIndexError';
  }
}

/** Writes compacted parts (see compactIndex): every posting must be in the flat array. */
export function encodeIndex({ documents, dictionary, postings }: IndexParts): Uint8Array {
  if (postings.recentCount > 0) throw new Error('Only a compacted index can be written.');
  const ids = Array.from({ length: documents.issued }, (_, at) => documents.idAt(at));
  if (ids.some((id) => id.includes(SEPARATOR))) throw new Error('A story id holds a line break.');
  const terms = Array.from({ length: dictionary.size }, (_, at) => dictionary.termOf(at));
  if (terms.some((term) => term.includes(SEPARATOR))) throw new Error('An indexed word holds a line break.');
  const idsBytes = Buffer.from(ids.join(SEPARATOR));
  const termsBytes = Buffer.from(terms.join(SEPARATOR));
  const arrays = [documents.lengths.subarray(0, documents.issued), postings.starts, postings.entries];
  const arraysBytes = arrays.reduce((total, array) => total + array.byteLength, 0);
  const file = new Uint8Array(HEADER_BYTES + arraysBytes + idsBytes.length + termsBytes.length);
  let at = HEADER_BYTES;
  for (const array of arrays) {
    file.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  file.set(idsBytes, at);
  file.set(termsBytes, at + idsBytes.length);
  const header = new DataView(file.buffer);
  const fields = [
    MAGIC,
    VERSION,
    documents.issued,
    dictionary.size,
    postings.entries.length,
    idsBytes.length,
    termsBytes.length,
  ];
  fields.forEach((value, index) => header.setUint32(index * 4, value, true));
  header.setUint32(CHECKSUM_AT, checksumOf(file), true);
  return file;
}

/** A Uint32Array over `bytes`, copied only when the bytes are not 4-byte aligned in their buffer. */
function uint32s(bytes: Uint8Array, from: number, count: number): Uint32Array {
  const start = bytes.byteOffset + from;
  if (start % 4 === 0) return new Uint32Array(bytes.buffer, start, count);
  return new Uint32Array(bytes.slice(from, from + count * 4).buffer);
}

function splitText(bytes: Uint8Array, expected: number, what: string): string[] {
  if (expected === 0) return [];
  const parts = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split(SEPARATOR);
  if (parts.length !== expected) throw new CorruptIndexError(`${what} count does not match`);
  return parts;
}

function checkStructure(starts: Uint32Array, entries: Uint32Array, terms: string[], stories: number): void {
  if (starts[0] !== 0 || starts[starts.length - 1] !== entries.length)
    throw new CorruptIndexError('bad term table');
  for (let at = 1; at < starts.length; at++) {
    if (starts[at]! < starts[at - 1]!) throw new CorruptIndexError('bad term table');
  }
  for (let at = 1; at < terms.length; at++) {
    if (!(terms[at - 1]! < terms[at]!)) throw new CorruptIndexError('words out of order');
  }
  if (stories > MAX_ORDINALS) throw new CorruptIndexError('too many stories');
  for (let at = 0; at < entries.length; at++) {
    if (ordinalOfEntry(entries[at]!) >= stories) throw new CorruptIndexError('a posting names no story');
  }
}

/** Reads what `encodeIndex` wrote; throws CorruptIndexError for anything else, torn or altered. */
export function decodeIndex(bytes: Uint8Array): IndexParts {
  if (bytes.length < HEADER_BYTES) throw new CorruptIndexError('too short');
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const [magic, version, stories, termCount, entryCount, idsLength, termsLength, checksum] = Array.from(
    { length: HEADER_WORDS },
    (_, index) => header.getUint32(index * 4, true),
  ) as [number, number, number, number, number, number, number, number];
  if (magic !== MAGIC) throw new CorruptIndexError('not a Copydesk search index');
  if (version !== VERSION) throw new CorruptIndexError(`format ${version} is not ${VERSION}`);
  const arraysBytes = (stories + termCount + 1 + entryCount) * 4;
  if (bytes.length !== HEADER_BYTES + arraysBytes + idsLength + termsLength) {
    throw new CorruptIndexError('its length does not match its header');
  }
  if (checksumOf(bytes) !== checksum) throw new CorruptIndexError('its checksum does not match');
  let at = HEADER_BYTES;
  const lengths = uint32s(bytes, at, stories);
  const starts = uint32s(bytes, (at += stories * 4), termCount + 1);
  const entries = uint32s(bytes, (at += (termCount + 1) * 4), entryCount);
  at += entryCount * 4;
  try {
    return partsOf(bytes, at, { lengths, starts, entries, stories, termCount, idsLength, termsLength });
  } catch (error) {
    if (error instanceof CorruptIndexError) throw error;
    throw new CorruptIndexError(error instanceof Error ? error.message : String(error));
  }
}

interface Sections {
  lengths: Uint32Array;
  starts: Uint32Array;
  entries: Uint32Array;
  stories: number;
  termCount: number;
  idsLength: number;
  termsLength: number;
}

function partsOf(bytes: Uint8Array, at: number, sections: Sections): IndexParts {
  const { lengths, starts, entries, stories, termCount, idsLength, termsLength } = sections;
  const ids = splitText(bytes.subarray(at, at + idsLength), stories, 'story');
  const terms = splitText(bytes.subarray(at + idsLength, at + idsLength + termsLength), termCount, 'word');
  checkStructure(starts, entries, terms, stories);
  return {
    documents: new DocumentTable(ids, lengths),
    dictionary: new TermDictionary(terms),
    postings: new Postings(starts, entries),
  };
}
