import { summarize } from '@shared/story/summarize';
import { importBytes } from '../import/importBytes';
import type { StoryRepository } from '../library/StoryRepository';
import type { Handlers } from './Handlers';
import { InvalidInputError } from './InvalidInputError';

export function importHandlers(library: StoryRepository): Pick<Handlers, 'import:file'> {
  return {
    'import:file': async ({ name, data }) => {
      const outcome = await importBytes(name, Buffer.from(data, 'base64'), library);
      if (!outcome.ok) throw new InvalidInputError(`${outcome.source}: ${outcome.message}`);
      return { story: summarize(outcome.story), report: outcome.report };
    },
  };
}
