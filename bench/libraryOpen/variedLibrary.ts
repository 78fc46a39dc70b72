import { newDraft } from '@shared/story/newDraft';
import { STORY_STATUSES } from '@shared/story/story';
import type { Story } from '@shared/story/story';
import { composeStory } from '../../src/main/library/composeStory';
import { LibraryFolderWriter } from '../library/LibraryFolderWriter';
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

/** A library as openLibrary would leave it, without revision snapshots: opening never reads them. */
export async function buildVariedLibrary(dir: string, count: number): Promise<void> {
  const random = seededRandom(count);
  const writer = await LibraryFolderWriter.create(dir, { revisions: false });
  await writer.write(Array.from({ length: count }, (_, index) => variedStory(random, index)));
  await writer.finish(new Date(START));
}
