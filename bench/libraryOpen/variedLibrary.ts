import { writeFile } from 'node:fs/promises';
import { newDraft } from '@shared/story/newDraft';
import { STORY_STATUSES } from '@shared/story/story';
import type { Story } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { composeStory } from '../../src/main/library/composeStory';
import { DurableJsonAdapter, INDEX_FORMAT } from '../../src/main/library/indexFile';
import { prepareFolders, writeMarker } from '../../src/main/library/libraryFolder';
import { LibraryLayout } from '../../src/main/library/libraryLayout';
import { mapConcurrently } from '../../src/main/library/mapConcurrently';
import { serializeStory } from '../../src/main/library/storyCodec';
import { realisticDraft, seededRandom } from '../saveStory/realisticStory';

const START = Date.parse('2024-01-01T06:00:00.000Z');
const SECTIONS = ['Local', 'Politics', 'World', 'Business', 'Sport', 'Culture', 'Science', 'Opinion'];
const CITIES = ['Lisbon', 'Porto', 'Faro', 'Braga', 'Coimbra', 'Évora', 'Kherson', 'Kyiv', 'Madrid', ''];
const NAMES = ['Ana Costa', 'Rui Lopes', 'Inês Martins', 'João Silva', 'Olena Shevchenko', 'Marta Sousa'];
const TOPICS = ['budget', 'council', 'flood', 'election', 'harbour', 'schools', 'storm', 'court', 'health'];

const pick = <T>(random: () => number, from: readonly T[]) => from[Math.floor(random() * from.length)]!;

/** Stories whose sortable and filterable fields vary, so that orders and filters have real work to do. */
function variedStory(random: () => number, index: number): Story {
  const base = realisticDraft(random, index);
  const city = pick(random, CITIES);
  const draft = newDraft({
    ...base,
    headline: `${pick(random, TOPICS)} ${pick(random, ['talks', 'vote', 'warning', 'row'])} in ${city || 'the capital'} ${index}`,
    section: pick(random, SECTIONS),
    status: pick(random, STORY_STATUSES),
    bylines: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
      name: pick(random, NAMES),
      title: 'Reporter',
      organization: 'Copydesk Daily',
    })),
    keywords: [pick(random, TOPICS), pick(random, TOPICS)],
    body: {
      type: 'doc',
      content: [{ type: 'dateline', attrs: { city } }, ...(base.body.content ?? []).slice(1)],
    },
  });
  const time = new Date(START + Math.floor(random() * 365 * 86_400_000)).toISOString();
  const id = `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
  const record = {
    id,
    createdAt: time,
    updatedAt: time,
    revision: 1,
    trashedAt: index % 50 === 0 ? time : null,
  };
  const story = composeStory(draft, record);
  return { ...story, wordCount: 200 + Math.floor(random() * 1500) };
}

/**
 * A library as openLibrary would leave it (story files, index.json, empty journal, marker), written without an
 * fsync per file. No revision snapshots: opening never reads them.
 */
export async function buildVariedLibrary(dir: string, count: number): Promise<void> {
  const layout = new LibraryLayout(dir);
  await prepareFolders(layout);
  const random = seededRandom(count);
  const summaries: Record<string, ReturnType<typeof summarize>> = {};
  const indices = Array.from({ length: count }, (_, index) => index);
  await mapConcurrently(indices, 32, async (index) => {
    const story = variedStory(random, index);
    summaries[story.id] = summarize(story);
    await writeFile(layout.storyFile(story.id), serializeStory(story));
  });
  await new DurableJsonAdapter(layout.index).write({
    format: INDEX_FORMAT,
    journalSeq: 0,
    stories: summaries,
  });
  await writeFile(layout.journal, '');
  await writeMarker(layout, new Date(START));
}
