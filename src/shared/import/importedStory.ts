import type { QuoteEntry, StoryDraft } from '../story/story';

export interface ImportReport {
  /** The file's name, as the user gave it. */
  source: string;
  format: string;
  /** What was found, one line each: "Headline: …", "Dateline: ISTANBUL, Turkey", "2 quotes". */
  recognized: string[];
  /** Lines left out of the story (web boilerplate, an image's alt text), each with why: never lost silently. */
  dropped: { text: string; reason: string }[];
  /** Parts of the file that could not be read, e.g. an embedded picture. */
  unreadable: string[];
  quotes: QuoteEntry[];
}

export interface ImportedStory {
  draft: Partial<StoryDraft>;
  report: ImportReport;
}
