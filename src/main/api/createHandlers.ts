import { bodyProblem } from '@shared/editor/validateBody';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import { exportResources } from '../export/exportResources';
import type { StoryRepository } from '../library/StoryRepository';
import type { DesktopHost } from './DesktopHost';
import { exportHandlers } from './exportHandlers';
import { importHandlers } from './importHandlers';
import { queryHandlers, type StorySearch } from './queryHandlers';
import type { Handlers } from './Handlers';
import { InvalidInputError } from './InvalidInputError';

function requireValidBody(body: EditorNodeJson | undefined): void {
  if (!body) return;
  const problem = bodyProblem(body);
  if (problem) throw new InvalidInputError(`The story body does not fit the story schema: ${problem}`);
}

const NO_DIALOGS: DesktopHost = { chooseFolder: null, chooseImportFiles: null, resources: exportResources() };

/** The same handlers serve Electron's IPC and the browser harness, so both behave alike. */
export function createHandlers(
  library: StoryRepository,
  host: DesktopHost = NO_DIALOGS,
  search?: StorySearch,
): Handlers {
  return {
    ...exportHandlers(library, host),
    ...importHandlers(library, host),
    ...queryHandlers(library, search),
    'story:create': async ({ draft }) => {
      requireValidBody(draft.body);
      return library.create(draft);
    },
    'story:get': ({ id }) => library.get(id),
    'story:save': async ({ id, baseRevision, draft }) => {
      requireValidBody(draft.body);
      return library.save(id, baseRevision, draft);
    },
    'story:list': (query) => library.list(query),
    'story:duplicate': ({ id }) => library.duplicate(id),
    'story:trash': ({ id }) => library.trash(id),
    'story:restore': ({ id }) => library.restore(id),
    'story:purge': async ({ id }) => {
      await library.purge(id);
      return { id };
    },
    'revision:list': ({ id }) => library.listRevisions(id),
    'revision:get': ({ id, revision }) => library.getRevision(id, revision),
    'revision:restore': ({ id, revision, baseRevision }) =>
      library.restoreRevision(id, revision, baseRevision),
    'library:status': async () => library.status(),
  };
}
