import { useCallback, useState } from 'react';
import type { ImportedFile } from '@shared/contract/importSchemas';
import { MAX_IMPORT_BASE64 } from '@shared/contract/importSchemas';
import { type Result, fail } from '@shared/contract/result';
import { useApi } from '../api/ApiContext';
import { fileToBase64 } from './fileToBase64';

export type ImportResult = { name: string } & (
  { ok: true; imported: ImportedFile } | { ok: false; message: string }
);

export interface ImportRun {
  /** Null when no import is running. */
  progress: { done: number; total: number } | null;
  results: ImportResult[] | null;
  /** Files the user dropped or picked in the page. */
  importFiles: (files: readonly File[]) => Promise<void>;
  /** Files the user picks in the system's open dialog (File > Import… in the desktop app). */
  importChosen: () => Promise<void>;
  dismiss: () => void;
}

interface ImportJob {
  name: string;
  run: () => Promise<Result<ImportedFile>>;
}

const MAX_BYTES = (MAX_IMPORT_BASE64 / 4) * 3;

const TOO_LARGE = fail('invalid-input', 'The file is larger than 25 MB, the most Copydesk imports.');

/** Imports files one at a time, so progress is real and one bad file does not stop the others. */
export function useImportFiles(onImported: (story: ImportedFile['story']) => void): ImportRun {
  const api = useApi();
  const [progress, setProgress] = useState<ImportRun['progress']>(null);
  const [results, setResults] = useState<ImportResult[] | null>(null);

  const runJobs = useCallback(
    async (jobs: readonly ImportJob[]) => {
      if (jobs.length === 0) return;
      const done: ImportResult[] = [];
      setResults(null);
      for (const [at, job] of jobs.entries()) {
        setProgress({ done: at, total: jobs.length });
        const result = await job.run();
        if (result.ok) {
          done.push({ name: job.name, ok: true, imported: result.value });
          onImported(result.value.story);
        } else done.push({ name: job.name, ok: false, message: result.error.message });
      }
      setProgress(null);
      setResults(done);
    },
    [onImported],
  );

  const importFiles = useCallback(
    (files: readonly File[]) =>
      runJobs(
        files.map((file) => ({
          name: file.name,
          run: async () =>
            file.size > MAX_BYTES
              ? TOO_LARGE
              : api.import.file({ name: file.name, data: await fileToBase64(file) }),
        })),
      ),
    [api, runJobs],
  );

  const importChosen = useCallback(async () => {
    const chosen = await api.import.choose({});
    if (!chosen.ok) {
      setResults([{ name: 'Import', ok: false, message: chosen.error.message }]);
      return;
    }
    await runJobs(
      chosen.value.files.map(({ name, token }) => ({ name, run: () => api.import.chosen({ token }) })),
    );
  }, [api, runJobs]);

  const dismiss = useCallback(() => setResults(null), []);
  return { progress, results, importFiles, importChosen, dismiss };
}
