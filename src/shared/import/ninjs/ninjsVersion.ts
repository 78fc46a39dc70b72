/** Which ninjs an item is: the version it declares, else the branch its property names belong to. */
export interface NinjsVersion {
  /** "3.1", "2.2"…, or "3.x", "2.x", "1.x" when only the property names tell. */
  version: string;
}

const SCHEMA_FILE = /ninjs-schema_(\d+\.\d+)\.json/;

// Names only one branch uses: 3.x spells properties in camelCase, 1.x in the singular or with a suffix
// (`headline_main`), 2.x in lowercase and the plural. Names the branches share (uri, headlines…) tell nothing.
const CAMEL_CASE =
  /^(?:representationType|firstCreated|versionCreated|contentCreated|embargoedUntil|pubStatus|copyrightHolder|copyrightNotice|usageTerms|edNote|infoSources|altIds|trustIndicators|rightsInfo|digitalSourceType)$/;
const SINGULAR =
  /^(?:headline_|body_|description_)|^(?:headline|byline|person|place|subject|organisation|event|object|infosource|genre|altid|trustindicator|\$standard)$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function declaredVersion(standard: unknown): string | null {
  if (!isObject(standard) || (standard.name !== undefined && standard.name !== 'ninjs')) return null;
  if (typeof standard.version === 'string' && /^\d+(?:\.\d+)*$/.test(standard.version.trim()))
    return standard.version.trim();
  if (typeof standard.schema === 'string') return SCHEMA_FILE.exec(standard.schema)?.[1] ?? null;
  return null;
}

export function ninjsVersionOf(item: Record<string, unknown>): NinjsVersion {
  const declared = declaredVersion(item.standard) ?? declaredVersion(item.$standard);
  if (declared) return { version: declared };
  const names = Object.keys(item);
  if (names.some((name) => CAMEL_CASE.test(name))) return { version: '3.x' };
  if (names.some((name) => SINGULAR.test(name))) return { version: '1.x' };
  return { version: '2.x' };
}
