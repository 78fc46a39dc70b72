import { z } from 'zod';
import { EXPORT_FORMAT_IDS } from '../export/exportFormat';
import { storyIdSchema } from '../story/story';

export const exportFormatIdSchema = z.enum(EXPORT_FORMAT_IDS, { message: 'Unknown export format' });

export const exportFormatInfoSchema = z.object({
  id: exportFormatIdSchema,
  label: z.string(),
  fileSuffix: z.string(),
  isText: z.boolean(),
});
export type ExportFormatInfo = z.infer<typeof exportFormatInfoSchema>;

export const previewExportInput = z.strictObject({ id: storyIdSchema, format: exportFormatIdSchema });

export const exportPreviewSchema = z.object({
  format: exportFormatIdSchema,
  fileName: z.string(),
  /** The file's text; null for DOCX and PDF, which have no text to show. */
  text: z.string().nullable(),
  byteLength: z.number().int().nonnegative(),
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

// POSIX "/…", Windows "C:\…" or "\\server\share": main resolves no folder relative to its own working folder.
const absoluteFolder = z
  .string()
  .min(1, 'Choose a folder to export to')
  .max(4096)
  .regex(/^(?:\/|[A-Za-z]:[\\/]|\\\\)/, 'The export folder must be a full path, such as /home/jane/exports');

export const writeExportInput = z.strictObject({
  // The app exports what the desk has open or selected; batches of thousands are the command line's job.
  ids: z.array(storyIdSchema).min(1, 'Choose at least one story').max(1000),
  formats: z.array(exportFormatIdSchema).min(1, 'Choose at least one format'),
  folder: absoluteFolder,
  textWidth: z.number().int().min(20).max(1000).nullable().default(null),
});

export const exportOutcomeSchema = z.object({
  folder: z.string(),
  written: z.array(z.object({ storyId: z.string(), format: exportFormatIdSchema, path: z.string() })),
  failed: z.array(
    z.object({ storyId: z.string(), format: exportFormatIdSchema.nullable(), message: z.string() }),
  ),
});
export type ExportOutcome = z.infer<typeof exportOutcomeSchema>;

export const chosenFolderSchema = z.object({ folder: z.string().nullable() });
