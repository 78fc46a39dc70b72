import { parseArgs } from 'node:util';
import type { ExportOptions } from '@shared/export/exportFormat';
import { parseFormatList } from '@shared/export/registry';
import { STORY_STATUSES, storyStatusSchema } from '@shared/story/story';
import { exportToFolder } from '../../export/exportToFolder';
import { exportResources } from '../../export/exportResources';
import type { CliIo } from '../cliIo';
import { activeSummaries, openCliLibrary } from '../openCliLibrary';
import { progressReporter } from '../progressBar';
import { selectStories } from '../selectStories';
import { UsageError } from '../UsageError';
import { libraryOption } from './libraryOption';

function formatsFrom(list: string | undefined) {
  if (!list) throw new UsageError('Name the formats with --format, e.g. --format nitf,ninjs-3.1.');
  try {
    return parseFormatList(list);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function statusFrom(status: string | undefined) {
  if (status === undefined) return null;
  const parsed = storyStatusSchema.safeParse(status);
  if (!parsed.success)
    throw new UsageError(`Unknown status "${status}"; known: ${STORY_STATUSES.join(', ')}.`);
  return parsed.data;
}

function optionsFrom(wrap: string | undefined): ExportOptions {
  if (wrap === undefined) return { textWidth: null };
  const width = Number(wrap);
  if (!Number.isInteger(width) || width < 20 || width > 1000) {
    throw new UsageError(`--wrap takes a line width from 20 to 1000 columns, not "${wrap}".`);
  }
  return { textWidth: width };
}

/** `copydesk export`: one file per story and format, named from the slug, in --out. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      library: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      status: { type: 'string' },
      wrap: { type: 'string' },
    },
  });
  const formats = formatsFrom(values.format);
  const status = statusFrom(values.status);
  const options = optionsFrom(values.wrap);
  if (!values.out) throw new UsageError('Name the folder to write to with --out.');
  const library = await openCliLibrary(libraryOption(values.library, io));
  try {
    const stories = selectStories(await activeSummaries(library), positionals, status);
    const progress = progressReporter(io);
    const outcome = await exportToFolder({
      stories,
      load: (id) => library.get(id),
      formats,
      folder: values.out,
      options,
      resources: exportResources(),
      onProgress: progress.update,
    });
    progress.end();
    for (const failure of outcome.failed) {
      const story = stories.find((candidate) => candidate.id === failure.storyId);
      io.err(
        `Failed: ${story?.slug || failure.storyId}${failure.format ? ` (${failure.format})` : ''}: ${failure.message}\n`,
      );
    }
    io.out(
      `Exported ${outcome.written.length} file${outcome.written.length === 1 ? '' : 's'} ` +
        `(${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} × ${formats.map((format) => format.id).join(', ')}) ` +
        `to ${values.out}${outcome.failed.length > 0 ? `; ${outcome.failed.length} failed` : ''}.\n`,
    );
    return outcome.failed.length > 0 ? 1 : 0;
  } finally {
    await library.close();
  }
}
