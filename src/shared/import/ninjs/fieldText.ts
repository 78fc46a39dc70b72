import type { DroppedLine } from '../recognize/recognizedCopy';

/** A one-line field as a reader sees it: line breaks and runs of spaces are only how the feed wrapped it. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

/**
 * The text when a story's field can hold it, else '' and the text listed as dropped, with why: a field too
 * long for the story is never cut short silently.
 */
export function fitting(text: string, max: number, field: string, dropped: DroppedLine[]): string {
  if (text.length <= max) return text;
  dropped.push({ text, reason: `Too long for the ${field} (more than ${max} characters)` });
  return '';
}
