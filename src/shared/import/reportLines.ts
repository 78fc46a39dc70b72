import type { ImportReport } from './importedStory';

const QUOTE_PREVIEW = 60;

function preview(text: string): string {
  return text.length > QUOTE_PREVIEW ? `${text.slice(0, QUOTE_PREVIEW - 1)}…` : text;
}

/** An import report as the lines a desk reads, the same in the app and on the command line. */
export function reportLines(report: ImportReport): string[] {
  const lines = [`Read as ${report.format}; recognized:`, ...report.recognized.map((line) => `  ${line}`)];
  if (report.quotes.length > 0) {
    lines.push('Quotes:');
    for (const quote of report.quotes) {
      const who = [quote.speaker || 'no speaker found', quote.title].filter(Boolean).join(', ');
      lines.push(`  ${who}${quote.verb ? ` (${quote.verb})` : ''}: “${preview(quote.text)}”`);
    }
  }
  if (report.dropped.length > 0) {
    lines.push('Dropped:');
    for (const { text, reason } of report.dropped) lines.push(`  “${preview(text)}” (${reason})`);
  }
  if (report.unreadable.length > 0) {
    lines.push('Could not be read:');
    for (const part of report.unreadable) lines.push(`  ${part}`);
  }
  return lines;
}
