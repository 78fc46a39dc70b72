import type { SearchEngineKind } from '../../SearchEngine';
import { CompactIndexEngine } from './CompactIndexEngine';
import { emptyIndexParts } from './compactIndex';
import { decodeIndex } from './indexFile';

export const compactIndexKind: SearchEngineKind = {
  name: 'compact',
  create: () => new CompactIndexEngine(emptyIndexParts()),
  load: (bytes) => new CompactIndexEngine(decodeIndex(bytes)),
};
