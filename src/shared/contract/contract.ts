import { z } from 'zod';
import type { Channel } from './channels';
import {
  chosenFolderSchema,
  exportFormatInfoSchema,
  exportOutcomeSchema,
  exportPreviewSchema,
  previewExportInput,
  writeExportInput,
} from './exportSchemas';
import { facetsInput, libraryFacetsSchema, storyQueryInput, storyQueryPageSchema } from './querySchemas';
import { chosenImportsSchema, importChosenInput, importFileInput, importedFileSchema } from './importSchemas';
import {
  createStoryInput,
  libraryStatusSchema,
  listStoriesInput,
  noInput,
  restoreRevisionInput,
  revisionRefInput,
  revisionSummarySchema,
  saveStoryInput,
  storyPageSchema,
  storyRefInput,
  storySchema,
  storySummarySchema,
} from './schemas';

/**
 * Every call the renderer can make of main. Main validates each input against its schema;
 * the preload exposes exactly these calls; the renderer reaches them through one client module.
 */
export const contract = {
  'story:create': { input: createStoryInput, output: storySchema },
  'story:get': { input: storyRefInput, output: storySchema },
  'story:save': { input: saveStoryInput, output: storySchema },
  'story:list': { input: listStoriesInput, output: storyPageSchema },
  'story:query': { input: storyQueryInput, output: storyQueryPageSchema },
  'story:duplicate': { input: storyRefInput, output: storySchema },
  'story:trash': { input: storyRefInput, output: storySummarySchema },
  'story:restore': { input: storyRefInput, output: storySummarySchema },
  'story:purge': { input: storyRefInput, output: z.object({ id: z.string() }) },
  'revision:list': { input: storyRefInput, output: z.array(revisionSummarySchema) },
  'revision:get': { input: revisionRefInput, output: storySchema },
  'revision:restore': { input: restoreRevisionInput, output: storySchema },
  'library:status': { input: noInput, output: libraryStatusSchema },
  'library:facets': { input: facetsInput, output: libraryFacetsSchema },
  'export:formats': { input: noInput, output: z.array(exportFormatInfoSchema) },
  'export:preview': { input: previewExportInput, output: exportPreviewSchema },
  'export:write': { input: writeExportInput, output: exportOutcomeSchema },
  'folder:choose': { input: noInput, output: chosenFolderSchema },
  'import:file': { input: importFileInput, output: importedFileSchema },
  'import:choose': { input: noInput, output: chosenImportsSchema },
  'import:chosen': { input: importChosenInput, output: importedFileSchema },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ContractInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ContractOutput<C extends Channel> = z.output<Contract[C]['output']>;
