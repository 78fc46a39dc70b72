import { expect } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, type ExportFormatId } from '@shared/export/exportFormat';
import { toExportStory } from '@shared/export/model/toExportStory';
import { exportFormat } from '@shared/export/registry';
import type { ImportedStory } from '@shared/import/importedStory';
import type { ImportFormat } from '@shared/import/importFormat';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { Story, StoryDraft } from '@shared/story/story';
import { noResources } from '../../export/support/noResources';

/** The story fields a format can carry; the body is always compared. */
export type CarriedField = Exclude<
  keyof StoryDraft,
  'body' | 'editorNotes' | 'quotes' | 'targetWords' | 'status' | 'priority' | 'embargo'
>;

export interface RoundTripOptions {
  carries: CarriedField[];
  /** Marks the format cannot express, e.g. underline in Markdown: left out of both sides of the comparison. */
  dropsMarks?: string[];
  /** The date the import is made: a dateline without a year takes its year from it. */
  importedAt?: string;
}

function normalizedInline(node: EditorNodeJson, dropsMarks: string[]): EditorNodeJson {
  const marks = (node.marks ?? [])
    .filter((mark) => !dropsMarks.includes(mark.type))
    .map((mark) =>
      mark.type === 'link' ? { type: 'link', attrs: { href: mark.attrs?.href } } : { type: mark.type },
    )
    .sort((a, b) => a.type.localeCompare(b.type));
  return marks.length > 0
    ? { type: node.type, text: node.text, marks }
    : { type: node.type, text: node.text };
}

/** Adjacent text with the same marks as one node: formats split runs differently and mean the same. */
function mergedText(content: EditorNodeJson[]): EditorNodeJson[] {
  const merged: EditorNodeJson[] = [];
  for (const node of content) {
    const last = merged.at(-1);
    if (
      last?.type === 'text' &&
      node.type === 'text' &&
      JSON.stringify(last.marks) === JSON.stringify(node.marks)
    )
      merged[merged.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` };
    else merged.push(node);
  }
  return merged;
}

/**
 * A body as a reader sees it: editor's notes and blank paragraphs gone (no export carries them), the
 * attributes that are the editor's defaults left out, and text runs merged.
 */
export function readerBody(node: EditorNodeJson, dropsMarks: string[] = []): EditorNodeJson {
  if (node.type === 'text') return normalizedInline(node, dropsMarks);
  const content = (node.content ?? [])
    .filter((child) => child.type !== 'editorNote')
    .filter((child) => !(node.type === 'doc' && child.type === 'paragraph' && !(child.content ?? []).length))
    .map((child) => readerBody(child, dropsMarks));
  const set = Object.entries(node.attrs ?? {}).filter(([, value]) => value !== null);
  const attrs = set.length > 0 ? { attrs: Object.fromEntries(set) } : {};
  return content.length > 0
    ? { type: node.type, ...attrs, content: mergedText(content) }
    : { type: node.type, ...attrs };
}

/** Exports `story` with the export registry's `format`, and gives back the bytes and their file name. */
export async function exported(
  story: Story,
  format: ExportFormatId,
): Promise<{ bytes: Uint8Array; name: string }> {
  const exporter = exportFormat(format);
  const bytes = await exporter.export(toExportStory(story), noResources, DEFAULT_EXPORT_OPTIONS);
  return { bytes, name: `${story.slug || 'story'}${exporter.fileSuffix}` };
}

/**
 * Exports the story, imports the file back and checks that nothing the format carries was lost: every
 * carried field, and the body block for block, mark for mark.
 */
export async function expectRoundTrip(
  story: Story,
  exportId: ExportFormatId,
  importer: ImportFormat,
  options: RoundTripOptions,
): Promise<ImportedStory> {
  const file = await exported(story, exportId);
  const imported = await importer.import(file.bytes, {
    fileName: file.name,
    importedAt: options.importedAt ?? story.updatedAt,
  });
  for (const field of options.carries) expect(imported.draft[field], field).toEqual(story[field]);
  const dropsMarks = options.dropsMarks ?? [];
  expect(readerBody(imported.draft.body!, dropsMarks)).toEqual(readerBody(story.body, dropsMarks));
  return imported;
}
