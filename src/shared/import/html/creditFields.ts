import { CREDIT_LEADS, type CreditParts } from '../../editor/attribution/formatCredit';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// The longest lead first, so "Additional reporting by" is not read as "reporting by".
const LEADS = Object.entries(CREDIT_LEADS).sort(([, a], [, b]) => b.length - a.length);

/** True when a line opens as a credit does: "Reporting by …", "Editing by …", "Photo by …", "Source: …". */
export function isCreditLine(text: string): boolean {
  const line = collapse(text).toLowerCase();
  return LEADS.some(([, lead]) => line.startsWith(`${lead.toLowerCase()} `));
}

/**
 * "Reporting by Jane Doe, Reuters, in Istanbul" read back into its fields, the inverse of formatCredit: the last
 * comma-separated part before the place is the organization when there are several and it names no person list.
 */
export function creditTextFields(text: string): CreditParts {
  const line = collapse(text);
  const [kind, lead] = LEADS.find(([, words]) =>
    line.toLowerCase().startsWith(`${words.toLowerCase()} `),
  ) ?? ['reporting', ''];
  let who = line.slice(lead.length).trim();
  let place = '';
  const where = /,? in ([^,]+)$/.exec(who);
  if (where) {
    place = (where[1] ?? '').trim();
    who = who.slice(0, where.index).trim();
  }
  const parts = who.split(/,\s+/);
  const last = parts.at(-1) ?? '';
  const organization = parts.length > 1 && !/\band\b/.test(last) ? last : '';
  const names = organization ? parts.slice(0, -1).join(', ') : who;
  return { kind, names, organization, place };
}

/** A credit paragraph's fields: its data attributes when it has them (Copydesk's exports), else its text. */
export function creditFields(paragraph: Element): CreditParts {
  const names = paragraph.getAttribute('data-names');
  if (names === null) return creditTextFields(paragraph.textContent ?? '');
  return {
    kind: paragraph.getAttribute('data-kind') ?? 'reporting',
    names,
    organization: paragraph.getAttribute('data-organization') ?? '',
    place: paragraph.getAttribute('data-place') ?? '',
  };
}
