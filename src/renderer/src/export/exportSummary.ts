import type { ExportOutcome } from '@shared/contract/exportSchemas';

/** "Wrote 3 files to /home/jane/exports." plus one line per failure. */
export function exportSummary(outcome: ExportOutcome): string[] {
  const files = outcome.written.length;
  const lines = [`Wrote ${files} file${files === 1 ? '' : 's'} to ${outcome.folder}.`];
  for (const failure of outcome.failed) {
    lines.push(`${failure.format ?? 'The story'} failed: ${failure.message}`);
  }
  return lines;
}
