import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type {
  ExportFormat,
  ExportFormatId,
  ExportOptions,
  ExportResources,
} from '@shared/export/exportFormat';
import { toExportStory } from '@shared/export/model/toExportStory';
import type { Story } from '@shared/story/story';
import { mapConcurrently } from '../library/mapConcurrently';
import { exportBaseNames, exportFileName } from './exportFileName';
import { writeFileAtomically } from './writeFileAtomically';

export interface ExportJob {
  /** The stories to export, in order; only their ids and slugs, so a batch never holds every story at once. */
  stories: readonly { id: string; slug: string }[];
  load: (id: string) => Promise<Story>;
  formats: readonly ExportFormat[];
  folder: string;
  options: ExportOptions;
  resources: ExportResources;
  /** Called after each story, with how many of `stories` are done. */
  onProgress?: (done: number, total: number) => void;
}

export interface ExportedFile {
  storyId: string;
  format: ExportFormatId;
  path: string;
}

export interface ExportFailure {
  storyId: string;
  /** Null when the story itself could not be read, so no format was tried. */
  format: ExportFormatId | null;
  message: string;
}

export interface ExportOutcome {
  written: ExportedFile[];
  failed: ExportFailure[];
}

// Enough to overlap one story's disk reads and writes with another's export, few enough to keep memory flat.
const STORIES_IN_FLIGHT = 4;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

function insideFolder(folder: string, name: string): string {
  const path = resolve(folder, name);
  if (dirname(path) !== folder) throw new Error(`Refusing to write "${name}" outside ${folder}.`);
  return path;
}

/**
 * Exports every story in every format into one folder, one file each, named from the slug. A story or a
 * format that fails is reported and skipped; the others are still written.
 */
export async function exportToFolder(job: ExportJob): Promise<ExportOutcome> {
  const folder = resolve(job.folder);
  await mkdir(folder, { recursive: true });
  const names = exportBaseNames(job.stories);
  const outcome: ExportOutcome = { written: [], failed: [] };
  let done = 0;
  await mapConcurrently(job.stories, STORIES_IN_FLIGHT, async ({ id }) => {
    try {
      const story = toExportStory(await job.load(id));
      for (const format of job.formats) {
        try {
          const path = insideFolder(folder, exportFileName(names.get(id)!, format));
          await writeFileAtomically(path, await format.export(story, job.resources, job.options));
          outcome.written.push({ storyId: id, format: format.id, path });
        } catch (error) {
          outcome.failed.push({ storyId: id, format: format.id, message: reason(error) });
        }
      }
    } catch (error) {
      outcome.failed.push({ storyId: id, format: null, message: reason(error) });
    }
    job.onProgress?.(++done, job.stories.length);
  });
  return outcome;
}
