import type { ErrorObject } from 'ajv';
import type { NinjsVersion } from './ninjsSchemas';
import { NINJS_VERSIONS, ninjsValidator } from './ninjsSchemas';
import { ninjsVersionOf } from './ninjsVersionOf';
import { jsonPointerSegment, scanJson } from './scanJson';
import type { Validation, ValidationProblem } from './ValidationProblem';
import { cappedProblems, invalid } from './ValidationProblem';

/** Far above any story's export (a 50,000-word story is under 1 MB), low enough to parse without strain. */
export const MAX_NINJS_CHARS = 32 * 1024 * 1024;

// Minor versions of a branch only add optional properties, so a file of an older minor version is
// valid against the newest schema of its branch that Copydesk ships.
const SCHEMA_OF = new Map<string, NinjsVersion>([
  ['2.0', '2.2'],
  ['2.1', '2.2'],
  ['2.2', '2.2'],
  ['3.0', '3.1'],
  ['3.1', '3.1'],
]);

// ajv names the offending property or value in `params`; the message alone would not say which.
function describe(error: ErrorObject): { pointer: string; message: string } {
  const at = error.instancePath;
  const extra = (error.params.unevaluatedProperty ?? error.params.additionalProperty) as string | undefined;
  if (extra !== undefined) {
    return {
      pointer: `${at}/${jsonPointerSegment(extra)}`,
      message: `${at || '/'}: unknown property "${extra}"`,
    };
  }
  const allowed = error.keyword === 'enum' ? `: ${(error.params.allowedValues as unknown[]).join(', ')}` : '';
  return { pointer: at, message: `${at || '/'}: ${error.message ?? error.keyword}${allowed}` };
}

function schemaProblems(errors: readonly ErrorObject[], text: string): ValidationProblem[] {
  const { lines } = scanJson(text);
  const seen = new Set<string>();
  const problems: ValidationProblem[] = [];
  for (const error of errors) {
    const { pointer, message } = describe(error);
    if (seen.has(message)) continue;
    seen.add(message);
    problems.push({ line: lines.get(pointer) ?? null, message });
  }
  return cappedProblems(problems);
}

function schemaFor(
  document: unknown,
  asked: NinjsVersion | undefined,
  text: string,
): { version: NinjsVersion; problems: ValidationProblem[] } | ValidationProblem {
  const claim = ninjsVersionOf(document);
  const claimed = claim ? SCHEMA_OF.get(claim.version) : undefined;
  if (asked) {
    if (!claim?.declared || claimed === asked) return { version: asked, problems: [] };
    const line = scanJson(text).lines.get('/standard') ?? null;
    const message = `The file declares ninjs ${claim.version} but was checked as ninjs ${asked}.`;
    return { version: asked, problems: [{ line, message }] };
  }
  if (claim && !claimed) {
    const how = claim.declared ? 'declares' : 'looks like';
    return {
      line: null,
      message: `The file ${how} ninjs ${claim.version}; Copydesk validates ninjs 2.2 and 3.1.`,
    };
  }
  return { version: claimed ?? '3.1', problems: [] };
}

/**
 * Checks JSON text against the official ninjs schema: the version asked for, else the one the file
 * declares or its property names show, else 3.1. Never throws on bad input: text that is not JSON, too
 * large, too deep or of another ninjs version gives problems, each with its line where one can be found.
 */
export function validateNinjs(text: string, version?: NinjsVersion): Validation {
  if (version !== undefined && !NINJS_VERSIONS.includes(version)) {
    return invalid({
      line: null,
      message: `Copydesk validates ninjs 2.2 and 3.1, not "${String(version)}".`,
    });
  }
  if (text.length > MAX_NINJS_CHARS) {
    const size = `${Math.ceil(text.length / 1024 / 1024)} MB`;
    return invalid({ line: null, message: `The file is too large to be a news item (${size}).` });
  }
  // RFC 8259 lets a parser ignore a byte order mark, which some editors put before UTF-8 text.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    const found = scanJson(json).error;
    const message = found?.message ?? (error instanceof Error ? error.message : String(error));
    return invalid({ line: found?.line ?? null, message: `Not JSON: ${message}` });
  }
  const schema = schemaFor(document, version, json);
  if (!('version' in schema)) return invalid(schema);
  const validate = ninjsValidator(schema.version);
  let valid: boolean;
  try {
    valid = validate(document) as boolean;
  } catch (error) {
    // Associations nest whole items, so a hostile file can nest deeper than the validator's stack.
    const message =
      error instanceof RangeError
        ? 'The file nests items too deeply to be checked.'
        : `The schema check failed: ${error instanceof Error ? error.message : String(error)}`;
    return invalid({ line: null, message });
  }
  const problems = [...schema.problems, ...(valid ? [] : schemaProblems(validate.errors ?? [], json))];
  return { valid: problems.length === 0, problems };
}
