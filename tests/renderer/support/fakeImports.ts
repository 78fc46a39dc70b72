import type { CopydeskApi } from '@shared/contract/api';
import { fail, ok } from '@shared/contract/result';
import type { Story, StoryDraft } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import type { Answer } from './fakeExports';

/**
 * Imports as main would answer them: a file named "bad…" is refused, any other becomes a story headed by
 * its first line, with a report saying so.
 */
export function fakeImportApi(
  answer: Answer,
  create: (draft: Partial<StoryDraft>) => Story,
): CopydeskApi['import'] {
  return {
    file: (input) =>
      answer('import:file', input, ({ name, data }) => {
        if (name.startsWith('bad')) return fail('invalid-input', `${name}: The file is not text.`);
        const headline = atob(data).split('\n')[0] ?? '';
        const story = create({ headline });
        return ok({
          story: summarize(story),
          report: {
            source: name,
            format: 'Plain text',
            recognized: [`Headline: ${headline}`],
            dropped: [{ text: 'Connect with us', reason: 'web boilerplate' }],
            unreadable: [],
            quotes: [],
          },
        });
      }),
  };
}
