import { parseArgs } from 'node:util';
import { reportLines } from '@shared/import/reportLines';
import { importFile } from '../../import/importFile';
import type { CliIo } from '../cliIo';
import { openCliLibrary } from '../openCliLibrary';
import { progressReporter } from '../progressBar';
import { UsageError } from '../UsageError';
import { libraryOption } from './libraryOption';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `copydesk import`: each file becomes a new story, and its report says what was recognized and dropped. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args,
    allowPositionals: true,
    options: { library: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  if (files.length === 0) throw new UsageError('Name the files to import.');
  const library = await openCliLibrary(libraryOption(values.library, io));
  const progress = progressReporter(io);
  let imported = 0;
  try {
    for (const [at, path] of files.entries()) {
      const outcome = await importFile(path, library).catch((error: unknown) => ({
        ok: false as const,
        source: path,
        message: reason(error),
      }));
      progress.update(at + 1, files.length);
      if (!outcome.ok) {
        io.err(`Not imported: ${outcome.source}: ${outcome.message}\n`);
        continue;
      }
      imported += 1;
      const { story, report } = outcome;
      io.out(`Imported ${report.source} as “${story.headline || 'Untitled story'}” (${story.id})\n`);
      if (!values.quiet)
        io.out(
          `${reportLines(report)
            .map((line) => `  ${line}`)
            .join('\n')}\n`,
        );
    }
  } finally {
    progress.end();
    await library.close();
  }
  io.out(`${imported} of ${files.length} file${files.length === 1 ? '' : 's'} imported.\n`);
  return imported === files.length ? 0 : 1;
}
