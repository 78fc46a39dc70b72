import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NinjsVersion } from '../../../../src/main/export/validate/ninjsSchemas';
import { ninjsValidator } from '../../../../src/main/export/validate/ninjsSchemas';
import { MAX_NINJS_CHARS, validateNinjs } from '../../../../src/main/export/validate/validateNinjs';
import { resourcesDir } from '../../../../src/main/resources/resourcesDir';

const EXAMPLES = join(resourcesDir(), 'standards', 'ninjs', 'examples');
const read = (folder: string, file: string) => readFileSync(join(EXAMPLES, folder, file), 'utf8');
const jsonFiles = (folder: string) =>
  readdirSync(join(EXAMPLES, folder)).filter((file) => file.endsWith('.json'));

describe('validateNinjs', () => {
  it.each([
    ['2.2', '2.2'],
    ['3.1', '3.1'],
    ['3.0-agency', '3.1'],
  ] as const)(
    'accepts IPTC’s examples in %s as ninjs %s, named or found from the file',
    (folder, version) => {
      expect(jsonFiles(folder).length).toBeGreaterThan(0);
      for (const file of jsonFiles(folder)) {
        expect(validateNinjs(read(folder, file), version), file).toEqual({ valid: true, problems: [] });
        expect(validateNinjs(read(folder, file)), file).toEqual({ valid: true, problems: [] });
      }
    },
  );

  it.each([
    ['2.2', 'digitalsourcetype'],
    ['3.1', 'digitalSourceType'],
  ] as const)(
    'rejects IPTC’s should_fail example of %s, naming the path and its line',
    (version, property) => {
      const result = validateNinjs(read(`${version}/should_fail`, '001_bad_digital_source.json'), version);

      expect(result.valid).toBe(false);
      expect(result.problems).toContainEqual({ line: 3, message: `/${property}: must be object` });
    },
  );

  it('names an unknown property and the line it is on', () => {
    const text =
      '{\n  "uri": "urn:x",\n  "headlines": [\n    { "role": "main", "value": "H", "colour": "red" }\n  ]\n}';

    expect(validateNinjs(text, '3.1')).toEqual({
      valid: false,
      problems: [{ line: 4, message: '/headlines/0: unknown property "colour"' }],
    });
  });

  it('lists the allowed values of an enumerated field', () => {
    const result = validateNinjs('{ "uri": "urn:x", "pubStatus": "live" }', '3.1');

    expect(result.problems).toEqual([
      {
        line: 1,
        message: '/pubStatus: must be equal to one of the allowed values: usable, withheld, canceled',
      },
    ]);
  });

  it('reports text that is not JSON with the line of the mistake, without throwing', () => {
    const result = validateNinjs('{\n  "uri": "urn:x",\n  "type": \n}\n');

    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([{ line: 4, message: 'Not JSON: Expected a value.' }]);
    expect(validateNinjs('').problems).toEqual([
      { line: 1, message: 'Not JSON: The file ends where a value should be.' },
    ]);
    expect(validateNinjs('<nitf/>').problems[0]).toMatchObject({ line: 1 });
  });

  it('refuses a file too large to be a news item before parsing it', () => {
    const result = validateNinjs(' '.repeat(MAX_NINJS_CHARS + 1));

    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([{ line: null, message: expect.stringMatching(/too large/) }]);
  });

  it('says so when a file is checked as another version than the one it declares', () => {
    const declared31 = JSON.stringify({ uri: 'urn:x', standard: { name: 'ninjs', version: '3.1' } }, null, 2);
    const result = validateNinjs(declared31, '2.2');

    expect(result.valid).toBe(false);
    expect(result.problems[0]).toEqual({
      line: 3,
      message: 'The file declares ninjs 3.1 but was checked as ninjs 2.2.',
    });
  });

  it('shows a 2.2 file checked as 3.1 by its lowercase names', () => {
    const result = validateNinjs(read('2.2', '004_simple_text_article.json'), '3.1');

    expect(result.valid).toBe(false);
    expect(result.problems).toContainEqual({ line: 4, message: '/: unknown property "versioncreated"' });
  });

  it('does not check a ninjs 1.x file against a 2.x or 3.x schema', () => {
    const result = validateNinjs(read('1.6', '005_complex_text_article.json'));

    expect(result).toEqual({
      valid: false,
      problems: [
        { line: null, message: 'The file looks like ninjs 1.x; Copydesk validates ninjs 2.2 and 3.1.' },
      ],
    });
    expect(validateNinjs('{ "uri": "urn:x", "standard": { "version": "3.3" } }').problems[0]?.message).toBe(
      'The file declares ninjs 3.3; Copydesk validates ninjs 2.2 and 3.1.',
    );
  });

  it('treats a declared version that is no version as unsupported, whatever its name', () => {
    for (const version of ['constructor', '__proto__', 'toString']) {
      const text = JSON.stringify({ uri: 'urn:x', standard: { name: 'ninjs', version } });
      expect(validateNinjs(text).problems).toEqual([
        { line: null, message: `The file declares ninjs ${version}; Copydesk validates ninjs 2.2 and 3.1.` },
      ]);
    }
  });

  it('answers a request for a version it has no schema of with a problem', () => {
    expect(validateNinjs('{ "uri": "urn:x" }', '1.6' as NinjsVersion).problems).toEqual([
      { line: null, message: 'Copydesk validates ninjs 2.2 and 3.1, not "1.6".' },
    ]);
  });

  it('checks a file that declares an older minor version against its branch’s schema', () => {
    const declared30 =
      '{ "uri": "urn:x", "standard": { "name": "ninjs", "version": "3.0" }, "pubStatus": "usable" }';

    expect(validateNinjs(declared30)).toEqual({ valid: true, problems: [] });
  });

  it('checks a bare document against 3.1, and one that is not an object too', () => {
    expect(validateNinjs('{ "uri": "urn:x" }')).toEqual({ valid: true, problems: [] });
    expect(validateNinjs('[1, 2]').problems).toEqual([{ line: 1, message: '/: must be object' }]);
    expect(validateNinjs('{ "type": "text" }').problems).toEqual([
      { line: 1, message: "/: must have required property 'uri'" },
    ]);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(validateNinjs('\uFEFF{ "uri": "urn:x" }')).toEqual({ valid: true, problems: [] });
  });

  it('survives hostile nesting: deep arrays, and associations nested deeper than the validator’s stack', () => {
    const depth = 5_000;
    expect(validateNinjs('['.repeat(depth) + ']'.repeat(depth)).problems).toEqual([
      { line: 1, message: '/: must be object' },
    ]);

    const open = '{"uri":"urn:a","name":"n","associations":[';
    const nested = `{"uri":"urn:a","associations":[${open.repeat(depth)}{"uri":"urn:a","name":"n"}${']}'.repeat(depth + 1)}`;
    expect(validateNinjs(nested, '3.1')).toEqual({
      valid: false,
      problems: [{ line: null, message: 'The file nests items too deeply to be checked.' }],
    });
  });

  it('stops listing problems after a hundred', () => {
    const extra = Object.fromEntries(Array.from({ length: 150 }, (_, at) => [`extra${at}`, at]));
    const result = validateNinjs(JSON.stringify({ uri: 'urn:x', ...extra }), '3.1');

    expect(result.problems).toHaveLength(101);
    expect(result.problems.at(-1)).toEqual({ line: null, message: '… and 50 more problems.' });
  });

  it('compiles each schema once', () => {
    expect(ninjsValidator('3.1')).toBe(ninjsValidator('3.1'));
    expect(ninjsValidator('2.2')).not.toBe(ninjsValidator('3.1'));
  });
});
