import type { StoryStatus } from '@shared/story/story';
import { between, chance, weighted } from './random';
import type { Random } from './random';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const LIBRARY_SPAN_MS = 3 * 365 * DAY;

/** A desk's archive: mostly published, the rest in flight through the workflow or spiked. */
const STATUSES: readonly (readonly [StoryStatus, number])[] = [
  ['published', 76],
  ['draft', 7],
  ['submitted', 5],
  ['in-edit', 4],
  ['approved', 4],
  ['spiked', 4],
];

const PRIORITIES: readonly (readonly [number, number])[] = [
  [1, 0.5],
  [2, 2],
  [3, 8],
  [4, 20],
  [5, 45],
  [6, 15],
  [7, 6],
  [8, 2.5],
  [9, 1],
];

export interface DeskLife {
  status: StoryStatus;
  priority: number;
  createdAt: number;
  updatedAt: number;
  revision: number;
  embargo: number | null;
}

/** Where a story is in the workflow and when it was touched, all at or before `until`. */
export function deskLife(random: Random, until: number): DeskLife {
  const status = weighted(random, STATUSES);
  const inFlight = status !== 'published' && status !== 'spiked';
  // Copy in flight is mostly this fortnight's; an old draft nobody finished is the exception.
  const age = inFlight && chance(random, 0.7) ? random() * 14 * DAY : random() * LIBRARY_SPAN_MS;
  const createdAt = until - Math.floor(age);
  const lateCorrection = status === 'published' && chance(random, 0.08);
  const edited = lateCorrection ? between(random, 1, 30) * DAY : between(random, 5, 8 * 60) * MINUTE;
  const updatedAt = Math.min(until, createdAt + edited);
  const revision = inFlight ? between(random, 1, 8) : between(random, 3, 30);
  const embargoed = status === 'approved' && chance(random, 0.15);
  const embargo = embargoed ? updatedAt + between(random, 1, 48) * 60 * MINUTE : null;
  return { status, priority: weighted(random, PRIORITIES), createdAt, updatedAt, revision, embargo };
}
