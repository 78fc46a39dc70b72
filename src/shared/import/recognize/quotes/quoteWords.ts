import type { QuoteSpan } from './quoteSpans';

// The lookbehinds try a run of marks from its first mark only: linear on any input.
const LEADING_INTO_MORE = /(?<![,—–-])[,—–-]+$/u;
const FINAL_COMMA = /(?<!,),+$/u;

/**
 * The words of a quote split around its attribution, as one: `“The talks,” he said, “will resume.”` reads
 * "The talks will resume." A comma that led into an attribution at the very end becomes the period it stands for.
 */
export function quoteWords(paragraph: string, spans: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  for (const span of spans) {
    const part = paragraph.slice(span.textStart, span.textEnd).trim();
    if (!part) continue;
    const previous = parts.length - 1;
    if (previous >= 0) {
      const joined = /^\p{Ll}/u.test(part) ? '' : '.';
      parts[previous] = parts[previous]!.replace(joined ? FINAL_COMMA : LEADING_INTO_MORE, joined);
    }
    parts.push(part);
  }
  const words = parts.join(' ');
  return words.replace(FINAL_COMMA, /^\p{Lu}/u.test(words) ? '.' : '');
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
