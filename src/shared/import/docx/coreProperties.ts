import { DOMParser } from 'linkedom';

/** What a DOCX package says about itself in `docProps/core.xml`, each '' when it is not there. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  category: string;
  language: string;
  /** ISO date-times, as written. */
  created: string;
  modified: string;
}

const FIELDS: (keyof CoreProperties)[] = [
  'title',
  'subject',
  'creator',
  'keywords',
  'category',
  'language',
  'created',
  'modified',
];

export const NO_CORE_PROPERTIES: CoreProperties = Object.fromEntries(
  FIELDS.map((field) => [field, '']),
) as unknown as CoreProperties;

/**
 * The core properties, read by their local names: Word writes `dc:title` and `cp:keywords`, but the
 * prefixes are only a convention of the package, not a rule a foreign writer keeps.
 */
export function coreProperties(xml: string): CoreProperties {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const properties = { ...NO_CORE_PROPERTIES };
  for (const element of [...(document.documentElement?.children ?? [])]) {
    const name = element.tagName.split(':').pop() as keyof CoreProperties;
    if (FIELDS.includes(name) && !properties[name])
      properties[name] = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return properties;
}
