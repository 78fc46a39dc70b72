import type { QuoteAttributionParts } from '../../editor/attribution/formatQuoteAttribution';

// Words that open a circumstance ("at a press conference"), never a title or an organization.
const CONTEXT_OPENERS =
  /^(?:at|in|on|during|after|before|while|when|speaking|told|to|from|via|according|as|in an?|addressing)\b/i;

const CLASS_FIELDS: [string, keyof QuoteAttributionParts][] = [
  ['speaker', 'speaker'],
  ['speaker-title', 'title'],
  ['speaker-organization', 'organization'],
  ['quote-context', 'context'],
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A caption written out as text, "— Dmitri Peskov, spokesperson, Kremlin, at a briefing", read back field by field. */
export function captionTextFields(text: string): QuoteAttributionParts {
  const parts = collapse(text)
    .replace(/^[—―–-]+\s*/, '')
    .split(/,\s+/)
    .filter(Boolean);
  const fields: QuoteAttributionParts = { speaker: '', title: '', organization: '', context: '' };
  const contextAt = parts.findIndex((part, at) => at > 0 && CONTEXT_OPENERS.test(part));
  const named = contextAt < 0 ? parts : parts.slice(0, contextAt);
  fields.speaker = named[0] ?? '';
  fields.title = named[1] ?? '';
  fields.organization = named.slice(2).join(', ');
  fields.context = contextAt < 0 ? '' : parts.slice(contextAt).join(', ');
  return fields;
}

/** A quote's caption: its marked-up parts when it has them (Copydesk's exports), else read from its text. */
export function captionFields(caption: Element): QuoteAttributionParts {
  const text = collapse(caption.textContent ?? '');
  const marked = (name: string) => caption.querySelector(`.${name}`);
  const speaker = marked('speaker');
  if (CLASS_FIELDS.some(([name]) => name !== 'speaker' && marked(name))) {
    const fields: QuoteAttributionParts = { speaker: '', title: '', organization: '', context: '' };
    for (const [name, field] of CLASS_FIELDS) fields[field] = collapse(marked(name)?.textContent ?? '');
    return fields;
  }
  if (!speaker) return captionTextFields(text);
  // Only the speaker is marked: the rest of the caption is read from its text, whatever commas the name holds.
  const name = collapse(speaker.textContent ?? '');
  const rest = text.slice(text.indexOf(name) + name.length);
  return { ...captionTextFields(`— speaker${rest}`), speaker: name };
}
