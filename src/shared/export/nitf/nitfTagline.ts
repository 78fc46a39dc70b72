import { CREDIT_LEADS, type CreditParts } from '../../editor/attribution/formatCredit';
import type { XmlChild } from '../xml/xmlNode';
import { element } from '../xml/xmlNode';

/**
 * A credit line as the tagline prints it, the shared line ("Editing by Sam Editor, Copydesk News, in
 * Kyiv") with the names marked as a `person`, the organization as an `org` and the place as a `location`,
 * so a reader takes each back as it was, whatever commas the names hold.
 */
export function nitfCreditLine(credit: CreditParts & { line: string }): XmlChild[] {
  const names = credit.names.trim();
  const organization = credit.organization.trim();
  const place = credit.place.trim();
  if (!names) return [credit.line];
  return [
    `${CREDIT_LEADS[credit.kind] ?? CREDIT_LEADS.reporting} `,
    element('person', {}, [names]),
    organization && ', ',
    organization && element('org', {}, [organization]),
    place && `${organization ? ',' : ''} in `,
    place && element('location', {}, [place]),
  ].filter((part) => part !== '');
}
