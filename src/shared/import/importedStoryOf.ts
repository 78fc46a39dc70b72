import { formatDateline } from '../editor/dateline/formatDateline';
import { bodyProblem } from '../editor/validateBody';
import type { EditorNodeJson } from '../story/editorDocument';
import { type QuoteEntry, type StoryDraft, storyDraftSchema } from '../story/story';
import type { ImportedStory, ImportReport } from './importedStory';
import { ImportError } from './ImportError';

export type ImportedDraft = Partial<StoryDraft> & { body: EditorNodeJson; quotes: QuoteEntry[] };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function recognizedLines(draft: ImportedDraft): string[] {
  const lines: string[] = [];
  if (draft.section) lines.push(`Section: ${draft.section}`);
  if (draft.headline) lines.push(`Headline: ${draft.headline}`);
  if (draft.subheadline) lines.push(`Subheadline: ${draft.subheadline}`);
  for (const byline of draft.bylines ?? [])
    lines.push(`Byline: ${[byline.name, byline.title, byline.organization].filter(Boolean).join(', ')}`);
  const [first] = draft.body.content ?? [];
  if (first?.type === 'dateline') lines.push(`Dateline: ${formatDateline(first.attrs as never)}`);
  if (draft.keywords?.length) lines.push(`Keywords: ${draft.keywords.join(', ')}`);
  const named = draft.quotes.filter((quote) => quote.speaker).length;
  lines.push(`${plural(draft.quotes.length, 'quote')}, ${named} with a speaker`);
  const blocks = (draft.body.content ?? []).filter((block) => block.type !== 'dateline').length;
  lines.push(plural(blocks, 'paragraph'));
  return lines;
}

/**
 * The story an importer read, checked against the same rules a save is, so a file that would give a story
 * the library refuses is reported as unreadable here, before anything is created.
 */
export function importedStoryOf(
  draft: ImportedDraft,
  report: Pick<ImportReport, 'source' | 'format'> & Partial<Pick<ImportReport, 'dropped' | 'unreadable'>>,
): ImportedStory {
  const checked = storyDraftSchema.partial().safeParse(draft);
  if (!checked.success)
    throw new ImportError(
      'unreadable',
      `The story in it cannot be kept: ${checked.error.issues[0]?.message}.`,
    );
  const problem = bodyProblem(draft.body);
  if (problem) throw new ImportError('unreadable', `Its body cannot be read as a story: ${problem}.`);
  return {
    draft,
    report: {
      source: report.source,
      format: report.format,
      recognized: recognizedLines(draft),
      dropped: report.dropped ?? [],
      unreadable: report.unreadable ?? [],
      quotes: draft.quotes,
    },
  };
}
