import { defaultLibraryDir } from '../../library/defaultLibraryDir';
import type { CliIo } from '../cliIo';

/** --library, or the desktop app's own library when it is left out. */
export function libraryOption(value: string | undefined, io: CliIo): string {
  return value ?? defaultLibraryDir({ platform: io.platform, env: io.env, home: io.home });
}
