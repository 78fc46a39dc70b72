import { summarize } from '@shared/story/summarize';
import { ChosenFiles } from '../import/ChosenFiles';
import { type ImportOutcome, importBytes } from '../import/importBytes';
import { importFile } from '../import/importFile';
import type { StoryRepository } from '../library/StoryRepository';
import type { DesktopHost } from './DesktopHost';
import type { Handlers } from './Handlers';
import { InvalidInputError } from './InvalidInputError';
import { UnavailableError } from './UnavailableError';

type ImportChannel = 'import:file' | 'import:choose' | 'import:chosen';

function answer(outcome: ImportOutcome) {
  if (!outcome.ok) throw new InvalidInputError(`${outcome.source}: ${outcome.message}`);
  return { story: summarize(outcome.story), report: outcome.report };
}

export function importHandlers(
  library: StoryRepository,
  host: Pick<DesktopHost, 'chooseImportFiles'>,
): Pick<Handlers, ImportChannel> {
  const chosen = new ChosenFiles();
  return {
    'import:file': async ({ name, data }) =>
      answer(await importBytes(name, Buffer.from(data, 'base64'), library)),
    'import:choose': async () => {
      if (!host.chooseImportFiles)
        throw new UnavailableError('This window has no file dialog: drop the files instead.');
      return { files: chosen.remember(await host.chooseImportFiles()) };
    },
    'import:chosen': async ({ token }) => {
      const path = chosen.take(token);
      if (!path)
        throw new InvalidInputError(
          'That file was not chosen in the import dialog, or was imported already.',
        );
      return answer(await importFile(path, library));
    },
  };
}
