import { oneLine } from './fieldText';
import type { NinjsFields } from './ninjsFields';

const KINDS: Record<string, string> = {
  picture: 'Picture',
  graphic: 'Graphic',
  video: 'Video',
  audio: 'Audio',
  text: 'Related story',
  composite: 'Package',
};

const MAX_CAPTION = 200;

function textOf(value: unknown): string {
  return typeof value === 'string' ? oneLine(value) : '';
}

function firstValue(list: unknown): string {
  if (!Array.isArray(list)) return '';
  const [first] = list as unknown[];
  return typeof first === 'object' && first !== null ? textOf((first as { value?: unknown }).value) : '';
}

// What a desk would recognize the attachment by: its caption or headline.
function captionOf(item: Record<string, unknown>): string {
  const caption =
    textOf(item.description_text) ||
    firstValue(item.descriptions) ||
    textOf(item.headline) ||
    firstValue(item.headlines) ||
    textOf(item.body_text);
  return caption.length > MAX_CAPTION ? `${caption.slice(0, MAX_CAPTION - 1)}…` : caption;
}

function describe(name: string, value: unknown): string {
  const item = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const kind = KINDS[textOf(item.type).toLowerCase()] ?? 'Attached item';
  const label = oneLine(name || textOf(item.name));
  const caption = captionOf(item);
  return `${kind}${label ? ` "${label}"` : ''}${caption ? `: “${caption}”` : ''}`;
}

/**
 * What the item attaches (pictures, video, related items) that a story's text cannot hold, one line each for
 * the report. 1.x and 2.x key them by name; 3.x lists them, each with its name.
 */
export function ninjsAssociations(item: NinjsFields): string[] {
  const { associations } = item;
  if (!associations) return [];
  if (Array.isArray(associations)) return associations.map((value) => describe('', value));
  return Object.entries(associations).map(([name, value]) => describe(name, value));
}
