import type { QuoteAttributionParts } from '../../editor/attribution/formatQuoteAttribution';
import { captionTextFields } from '../html/captionFields';
import { localNameOf, wordsOf } from '../xml/xmlNames';

const MARKED: Record<string, keyof QuoteAttributionParts> = {
  person: 'speaker',
  function: 'title',
  org: 'organization',
};

/**
 * A block quote's `credit` read into the attribution's fields. Marked parts are taken as marked (`person`
 * the speaker, `function` the title, `org` the organization, as Copydesk writes them); the words between
 * them, or a credit with no markup at all, are read as the attribution line is written.
 */
export function quoteCreditFields(credit: Element | null, quoteSource: string): QuoteAttributionParts {
  const fields: QuoteAttributionParts = { speaker: '', title: '', organization: '', context: '' };
  const plain: string[] = [];
  for (const node of credit ? [...credit.childNodes] : []) {
    const field = node.nodeType === 1 ? MARKED[localNameOf(node as Element)] : undefined;
    if (field && !fields[field]) fields[field] = wordsOf(node);
    else plain.push(node.textContent ?? '');
  }
  const rest = plain
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^\s*[—―–-]+\s*/, '')
    .split(/\s*,\s*/)
    .filter((part) => part.trim() !== '');
  if (!fields.speaker) {
    const read = captionTextFields(rest.join(', '));
    return { ...read, speaker: read.speaker || quoteSource };
  }
  if (fields.title) return { ...fields, context: rest.join(', ') };
  // Without a marked title the first unmarked words may be the title, or the context ("at a briefing").
  const read = captionTextFields(['— speaker', ...rest].join(', '));
  return {
    ...fields,
    title: read.title,
    organization: fields.organization || read.organization,
    context: read.context,
  };
}
