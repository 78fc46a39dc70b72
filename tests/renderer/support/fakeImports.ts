import type { CopydeskApi } from '@shared/contract/api';
import { fail, ok } from '@shared/contract/result';
import type { Story, StoryDraft } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import type { Answer } from './fakeExports';

/**
 * Imports as main would answer them: a file named "bad…" is refused, any other becomes a story headed by
 * its first line, with a report saying so. The open dialog answers `dialogFiles` (name → text), or is
 * unavailable when that is undefined, as in the browser harness.
 */
export function fakeImportApi(
  answer: Answer,
  create: (draft: Partial<StoryDraft>) => Story,
  dialogFiles: () => Map<string, string> | undefined,
): CopydeskApi['import'] {
  const chosen = new Map<string, { name: string; text: string }>();
  const imported = (name: string, text: string) => {
    if (name.startsWith('bad')) return fail('invalid-input', `${name}: The file is not text.`);
    const headline = text.split('\n')[0] ?? '';
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
  };
  return {
    file: (input) => answer('import:file', input, ({ name, data }) => imported(name, atob(data))),
    choose: (input) =>
      answer('import:choose', input, () => {
        const files = dialogFiles();
        if (!files) return fail('unavailable', 'This window has no file dialog: drop the files instead.');
        return ok({
          files: [...files].map(([name, text]) => {
            const token = crypto.randomUUID();
            chosen.set(token, { name, text });
            return { token, name };
          }),
        });
      }),
    chosen: (input) =>
      answer('import:chosen', input, ({ token }) => {
        const file = chosen.get(token);
        chosen.delete(token);
        return file ? imported(file.name, file.text) : fail('invalid-input', 'That file was not chosen.');
      }),
  };
}
