import { parseArgs } from 'node:util';
import type { StorySummary } from '@shared/story/story';
import type { CliIo } from '../cliIo';
import { activeSummaries, openCliLibrary } from '../openCliLibrary';
import { libraryOption } from './libraryOption';

const COLUMNS: { title: string; width: number; value: (story: StorySummary) => string }[] = [
  { title: 'ID', width: 36, value: (story) => story.id },
  { title: 'STATUS', width: 9, value: (story) => story.status },
  { title: 'UPDATED', width: 16, value: (story) => story.updatedAt.slice(0, 16).replace('T', ' ') },
  { title: 'WORDS', width: 6, value: (story) => String(story.wordCount) },
  { title: 'SLUG', width: 40, value: (story) => story.slug || '–' },
  { title: 'HEADLINE', width: 0, value: (story) => story.headline || '(no headline)' },
];

// A headline could hold a terminal escape sequence; a listing must not let it drive the terminal.
const printable = (text: string) => text.replace(/[\p{Cc}\p{Cf}]/gu, ' ');

function row(cells: string[]): string {
  return cells.map((cell, at) => (COLUMNS[at]!.width ? cell.padEnd(COLUMNS[at]!.width) : cell)).join('  ');
}

/** `copydesk list`: the stories not in the trash, as a table or, with --json, as their summaries. */
export async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { library: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const library = await openCliLibrary(libraryOption(values.library, io));
  try {
    const stories = await activeSummaries(library);
    if (values.json) {
      io.out(`${JSON.stringify(stories, null, 2)}\n`);
      return 0;
    }
    io.out(`${row(COLUMNS.map((column) => column.title))}\n`);
    for (const story of stories) {
      io.out(`${row(COLUMNS.map((column) => printable(column.value(story))))}\n`);
    }
    io.out(`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}\n`);
    return 0;
  } finally {
    await library.close();
  }
}
