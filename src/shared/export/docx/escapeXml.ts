import { xmlSafeText } from './xmlSafeText';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an element or a double-quoted attribute of a part this exporter writes itself. */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/[&<>"]/g, (character) => ENTITIES[character]!);
}
