export interface NinjsVersionClaim {
  /** "3.1", "2.2", "1.6"…, or "1.x" when only the property names tell the branch. */
  version: string;
  /** True when the document names its version (`standard`, or `$standard` in 1.x); false when guessed. */
  declared: boolean;
}

const SCHEMA_FILE = /ninjs-schema_(\d+\.\d+)\.json/;

// Names only one branch uses: 3.x spells properties in camelCase, 2.x in lowercase, 1.x in the singular
// or with a suffix (`headline_main`). Names the branches share (uri, type, headlines…) tell nothing.
const BRANCH_MARKERS: [string, RegExp][] = [
  [
    '3.1',
    /^(?:representationType|firstCreated|versionCreated|contentCreated|embargoedUntil|pubStatus|copyrightHolder|copyrightNotice|usageTerms|edNote|infoSources|altIds|trustIndicators|rightsInfo|digitalSourceType|eventDetails|plannedCoverage)$/,
  ],
  [
    '1.x',
    /^(?:headline_|body_|description_)|^(?:byline|person|place|subject|organisation|event|object|infosource|genre|altid|trustindicator|\$standard)$/,
  ],
  [
    '2.2',
    /^(?:representationtype|firstcreated|versioncreated|contentcreated|embargoed|pubstatus|copyrightholder|copyrightnotice|usageterms|ednote|infosources|altids|trustindicators|rightsinfo|digitalsourcetype)$/,
  ],
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function declaredVersion(standard: unknown): string | null {
  if (!isObject(standard) || (standard.name !== undefined && standard.name !== 'ninjs')) return null;
  if (typeof standard.version === 'string' && standard.version.trim()) return standard.version.trim();
  if (typeof standard.schema === 'string') return SCHEMA_FILE.exec(standard.schema)?.[1] ?? null;
  return null;
}

/**
 * Which ninjs a parsed document is: the version its `standard` states, else the branch its property
 * names belong to. Null when nothing tells (a bare `{ "uri": … }` is valid in every version).
 */
export function ninjsVersionOf(document: unknown): NinjsVersionClaim | null {
  if (!isObject(document)) return null;
  const declared = declaredVersion(document.standard) ?? declaredVersion(document.$standard);
  if (declared) return { version: declared, declared: true };
  const names = Object.keys(document);
  const branch = BRANCH_MARKERS.find(([, marker]) => names.some((name) => marker.test(name)));
  return branch ? { version: branch[0], declared: false } : null;
}
