import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { resourcesDir } from '../../resources/resourcesDir';

export const NINJS_VERSIONS = ['2.2', '3.1'] as const;
export type NinjsVersion = (typeof NINJS_VERSIONS)[number];

let ajv: Ajv2020 | null = null;
const validators = new Map<NinjsVersion, ValidateFunction>();

function readSchema(file: string): object {
  return JSON.parse(readFileSync(join(resourcesDir(), 'standards', 'ninjs', file), 'utf8')) as object;
}

function schemaCompiler(): Ajv2020 {
  if (ajv) return ajv;
  // strict is off as in IPTC's own test script: strict mode refuses the official schemas as published
  // (a `oneOf` of `required` lists naming properties declared outside it), and they are used unchanged.
  const created = new Ajv2020({ strict: false, allErrors: true });
  addFormats(created);
  // 2.2 and 3.1 `$ref` GeoJSON by its public URL; registering the shipped copy keeps validation offline.
  created.addSchema(readSchema('GeoJSON-schema.json'));
  ajv = created;
  return created;
}

/**
 * The compiled validator of the official ninjs schema of this version, read from the resources once and
 * kept: compiling both schemas takes about a third of a second.
 */
export function ninjsValidator(version: NinjsVersion): ValidateFunction {
  const cached = validators.get(version);
  if (cached) return cached;
  const validate = schemaCompiler().compile(readSchema(`ninjs-schema_${version}.json`));
  validators.set(version, validate);
  return validate;
}
