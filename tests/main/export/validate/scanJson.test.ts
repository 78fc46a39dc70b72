import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../../src/main/export/validate/scanJson';

describe('scanJson', () => {
  it('finds the line of every value by its JSON Pointer, escaping ~ and / in names', () => {
    const text = '{\n  "uri": "urn:x",\n  "a/b~c": [\n    1,\n    { "deep": true }\n  ],\n  "empty": {}\n}';
    const { lines, error } = scanJson(text);

    expect(error).toBeNull();
    expect(Object.fromEntries(lines)).toEqual({
      '': 1,
      '/uri': 2,
      '/a~1b~0c': 3,
      '/a~1b~0c/0': 4,
      '/a~1b~0c/1': 5,
      '/a~1b~0c/1/deep': 5,
      '/empty': 7,
    });
  });

  it('counts CRLF and lone CR line ends once each', () => {
    expect(scanJson('{\r\n"a":\r1,\r\n"b": 2}').lines.get('/b')).toBe(4);
  });

  it.each([
    ['{"a": 1,}', 1, 'Expected a property name in double quotes.'],
    ['[1,\n]', 2, 'Expected a value.'],
    ['{"a" 1}', 1, "Expected ':' after a property name."],
    ['{"a": "b\n"}', 1, 'A string is not closed on its line, or holds a control character.'],
    ['["\\x"]', 1, 'A string holds an escape JSON does not have.'],
    ['["\\u12"]', 1, 'A \\u escape needs 4 hex digits.'],
    ['[1 2]', 1, "Expected ',' or ']'."],
    ['{}\n{}', 2, 'Unexpected text after the JSON value.'],
    ['[\n"abc', 2, 'A string is not closed before the end of the file.'],
    ['{"a":\n\n', 3, 'The file ends where a value should be.'],
    ['01', 1, 'Unexpected text after the JSON value.'],
  ])('places the first syntax error of %j', (text, line, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(scanJson(text).error).toEqual({ line, message });
  });

  it('agrees with JSON.parse on valid JSON of every kind', () => {
    const text =
      '{"s":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud800","n":[-0,1.5e+3,2E-2,true,false,null],"o":{}}';

    expect(() => JSON.parse(text)).not.toThrow();
    expect(scanJson(text).error).toBeNull();
  });

  it('finds a syntax error exactly when JSON.parse throws, for JSON and JSON with one character cut', () => {
    const pretty = fc
      .tuple(fc.jsonValue(), fc.constantFrom(undefined, 2))
      .map(([value, indent]) => JSON.stringify(value, null, indent));
    const cut = fc
      .tuple(pretty, fc.nat())
      .map(([text, at]) => text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + 1));
    fc.assert(
      fc.property(fc.oneof(pretty, cut, fc.string()), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(scanJson(text).error === null).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });
});
