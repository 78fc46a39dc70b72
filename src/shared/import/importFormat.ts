import type { ImportedStory } from './importedStory';

/** What an importer knows besides the bytes. */
export interface ImportContext {
  /** The file's name as the user gave it, for the report and the story's source. */
  fileName: string;
  /** ISO date-time of the import: gives a year to a dateline's "Feb 26" when the copy has no other date. */
  importedAt: string;
}

export interface ImportFormat {
  id: string;
  label: string;
  /** File name endings it reads, lowercase, with the dot. */
  extensions: readonly string[];
  /** True when the first bytes of a file say it is this format, whatever its name. */
  sniff: (head: string) => boolean;
  /** Throws an ImportError, with a message for the desk, when the file cannot become a story. */
  import: (bytes: Uint8Array, context: ImportContext) => Promise<ImportedStory>;
}
