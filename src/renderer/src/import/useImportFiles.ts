import { useCallback, useState } from 'react';
import type { ImportedFile } from '@shared/contract/importSchemas';
import { MAX_IMPORT_BASE64 } from '@shared/contract/importSchemas';
import { useApi } from '../api/ApiContext';
import { fileToBase64 } from './fileToBase64';

export type ImportResult = { name: string } & (
  { ok: true; imported: ImportedFile } | { ok: false; message: string }
);

export interface ImportRun {
  /** Null when no import is running. */
  progress: { done: number; total: number } | null;
  results: ImportResult[] | null;
  importFiles: (files: readonly File[]) => Promise<void>;
  dismiss: () => void;
}

const MAX_BYTES = (MAX_IMPORT_BASE64 / 4) * 3;

/** Imports files one at a time, so progress is real and one bad file does not stop the others. */
export function useImportFiles(onImported: (story: ImportedFile['story']) => void): ImportRun {
  const api = useApi();
  const [progress, setProgress] = useState<ImportRun['progress']>(null);
  const [results, setResults] = useState<ImportResult[] | null>(null);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const done: ImportResult[] = [];
      setResults(null);
      for (const [at, file] of files.entries()) {
        setProgress({ done: at, total: files.length });
        if (file.size > MAX_BYTES) {
          done.push({
            name: file.name,
            ok: false,
            message: 'The file is larger than 25 MB, the most Copydesk imports.',
          });
          continue;
        }
        const result = await api.import.file({ name: file.name, data: await fileToBase64(file) });
        if (result.ok) {
          done.push({ name: file.name, ok: true, imported: result.value });
          onImported(result.value.story);
        } else done.push({ name: file.name, ok: false, message: result.error.message });
      }
      setProgress(null);
      setResults(done);
    },
    [api, onImported],
  );

  const dismiss = useCallback(() => setResults(null), []);
  return { progress, results, importFiles, dismiss };
}
