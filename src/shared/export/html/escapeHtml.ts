import { publishableText } from '../model/publishableText';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text and attribute values alike: nothing a field holds can open a tag, an entity or close a quote, and
 * the characters an HTML parser reports as errors are dropped.
 */
export function escapeHtml(text: string): string {
  return publishableText(text).replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
