import type { CopydeskApi } from '@shared/contract/api';
import type { Channel } from '@shared/contract/channels';
import type { ContractOutput, ParsedInput } from '@shared/contract/contract';
import type { Result } from '@shared/contract/result';
import { fail, ok } from '@shared/contract/result';
import { EXPORT_FORMAT_IDS } from '@shared/export/exportFormat';
import type { Story } from '@shared/story/story';

export type Answer = <C extends Channel>(
  channel: C,
  input: unknown,
  handle: (parsed: ParsedInput<C>) => Result<ContractOutput<C>>,
) => Promise<Result<ContractOutput<C>>>;

const BINARY = new Set(['docx', 'pdf']);
const suffixOf = (id: string) => `.${id}`;

/**
 * The export calls of the fake library: previews are "<format> of <headline>" so a test sees which one it
 * got; writes answer with the paths main would write.
 */
export function fakeExportApi(
  answer: Answer,
  find: (id: string) => Story | undefined,
): CopydeskApi['export'] {
  return {
    formats: (input) =>
      answer('export:formats', input, () =>
        ok(
          EXPORT_FORMAT_IDS.map((id) => ({
            id,
            label: `Format ${id}`,
            fileSuffix: suffixOf(id),
            isText: !BINARY.has(id),
          })),
        ),
      ),
    preview: (input) =>
      answer('export:preview', input, ({ id, format }) => {
        const story = find(id);
        if (!story) return fail('not-found', 'There is no such story.');
        const text = BINARY.has(format) ? null : `${format} of ${story.headline}`;
        return ok({
          format,
          fileName: `${story.slug}${suffixOf(format)}`,
          text,
          byteLength: text?.length ?? 2048,
        });
      }),
    write: (input) =>
      answer('export:write', input, ({ ids, formats, folder }) => {
        const written = ids.flatMap((id) =>
          formats.map((format) => ({
            storyId: id,
            format,
            path: `${folder}/${find(id)?.slug}${suffixOf(format)}`,
          })),
        );
        return ok({ folder, written, failed: [] });
      }),
  };
}

/** The folder picker: missing, as in the harness, unless `chosenFolder` says what the user picks. */
export function fakeFolderApi(
  answer: Answer,
  chosenFolder: () => string | null | undefined,
): CopydeskApi['folder'] {
  return {
    choose: (input) =>
      answer('folder:choose', input, () => {
        const folder = chosenFolder();
        return folder === undefined
          ? fail('unavailable', 'This window cannot show a folder picker: type the folder’s full path.')
          : ok({ folder });
      }),
  };
}
