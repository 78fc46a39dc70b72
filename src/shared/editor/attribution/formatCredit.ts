export interface CreditParts {
  kind: string;
  names: string;
  organization: string;
  place: string;
}

/** The words that open each kind of credit line. */
export const CREDIT_LEADS: Record<string, string> = {
  reporting: 'Reporting by',
  'additional-reporting': 'Additional reporting by',
  editing: 'Editing by',
  source: 'Source:',
  photo: 'Photo by',
};

/** "Reporting by Jane Doe, Reuters, in Istanbul"; "Reporting by Jane Doe in Istanbul" without an organization. */
export function formatCredit({ kind, names, organization, place }: CreditParts): string {
  const who = [names.trim(), organization.trim()].filter(Boolean).join(', ');
  if (!who) return '';
  // The comma closes the organization's apposition, so the place reads as where the names worked.
  const where = place.trim() ? `${organization.trim() ? ',' : ''} in ${place.trim()}` : '';
  return `${CREDIT_LEADS[kind] ?? CREDIT_LEADS.reporting} ${who}${where}`;
}
