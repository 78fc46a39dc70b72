import { z } from 'zod';
import { quoteEntrySchema, storySummarySchema } from '../story/story';

/** 25 MB of file as base64, the largest import main accepts. */
export const MAX_IMPORT_BASE64 = Math.ceil((25 * 1024 * 1024) / 3) * 4;

export const importFileInput = z.strictObject({
  // Only the name: main never reads a path the renderer names, it reads the bytes the user dropped.
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[/\\]/.test(name), 'A file name, not a path'),
  data: z
    .string()
    .max(MAX_IMPORT_BASE64, 'The file is larger than 25 MB, the most Copydesk imports')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file’s contents must be base64'),
});

export const importReportSchema = z.object({
  source: z.string(),
  format: z.string(),
  recognized: z.array(z.string()),
  dropped: z.array(z.object({ text: z.string(), reason: z.string() })),
  unreadable: z.array(z.string()),
  quotes: z.array(quoteEntrySchema),
});

export const importedFileSchema = z.object({ story: storySummarySchema, report: importReportSchema });
export type ImportedFile = z.infer<typeof importedFileSchema>;

/** A file the user picked in main's own open dialog: the renderer holds a token for it, never its path. */
export const chosenImportSchema = z.object({ token: z.uuid(), name: z.string() });
export const chosenImportsSchema = z.object({ files: z.array(chosenImportSchema) });
export type ChosenImport = z.infer<typeof chosenImportSchema>;

export const importChosenInput = z.strictObject({ token: z.uuid({ message: 'An import token is a UUID' }) });
