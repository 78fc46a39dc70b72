import type { ImportedStory } from './importedStory';

export interface ImportFormat {
  id: string;
  label: string;
  /** File name endings it reads, lowercase, with the dot. */
  extensions: readonly string[];
  /** True when the first bytes of a file say it is this format, whatever its name. */
  sniff: (head: string) => boolean;
  /** Throws an ImportError, with a message for the desk, when the file cannot become a story. */
  import: (bytes: Uint8Array, fileName: string) => Promise<ImportedStory>;
}
