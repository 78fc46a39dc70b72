import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { XMLFileInfo } from 'xmllint-wasm';
import { NEWSML_G2_NAMESPACE } from '@shared/export/newsml/g2Namespace';
import { NITF_NAMESPACE } from '@shared/export/nitf/nitfElement';
import { resourcesDir } from '../../resources/resourcesDir';

export { NEWSML_G2_NAMESPACE, NITF_NAMESPACE };

export const XML_STANDARDS = ['nitf', 'newsml-g2'] as const;
export type XmlStandard = (typeof XML_STANDARDS)[number];

export const XML_STANDARD_LABELS: Record<XmlStandard, string> = {
  nitf: 'NITF 3.6',
  'newsml-g2': 'NewsML-G2 2.35',
};

export interface XmlSchemaSet {
  /** The schema xmllint compiles. */
  schema: XMLFileInfo;
  /** The files it imports and includes, at the paths its relative imports name. */
  preload: XMLFileInfo[];
}

// Paths under resources/standards, kept as they are there: the XSDs import each other by relative path.
// NewsML-G2 is checked with the project's wrapper, which also loads NITF, so the NITF inside inlineXML
// is validated strictly instead of being skipped as "lax" content.
const FILES: Record<XmlStandard, { schema: string; preload: string[] }> = {
  nitf: {
    schema: 'nitf/nitf-3-6.xsd',
    preload: ['nitf/nitf-3-6-ruby-include.xsd', 'nitf/xml.xsd'],
  },
  'newsml-g2': {
    schema: 'newsml-g2/NewsML-G2_2.35-with-NITF-3.6.xsd',
    preload: [
      'newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd',
      'newsml-g2/xml.xsd',
      'nitf/nitf-3-6.xsd',
      'nitf/nitf-3-6-ruby-include.xsd',
      'nitf/xml.xsd',
    ],
  },
};

const loaded = new Map<XmlStandard, XmlSchemaSet>();

function schemaFile(path: string): XMLFileInfo {
  return { fileName: `standards/${path}`, contents: readFileSync(join(resourcesDir(), 'standards', path)) };
}

/** The official schema files of a standard, read from the project's resources once per process. */
export function xmlSchemaSet(standard: XmlStandard): XmlSchemaSet {
  let set = loaded.get(standard);
  if (!set) {
    const files = FILES[standard];
    set = { schema: schemaFile(files.schema), preload: files.preload.map(schemaFile) };
    loaded.set(standard, set);
  }
  return set;
}
