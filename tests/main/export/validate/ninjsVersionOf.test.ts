import { describe, expect, it } from 'vitest';
import { ninjsVersionOf } from '../../../../src/main/export/validate/ninjsVersionOf';

describe('ninjsVersionOf', () => {
  it('reads the version a document declares in `standard`, or from the schema it names', () => {
    expect(ninjsVersionOf({ uri: 'u', standard: { name: 'ninjs', version: '3.1' } })).toEqual({
      version: '3.1',
      declared: true,
    });
    expect(
      ninjsVersionOf({
        uri: 'u',
        standard: { schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#' },
      }),
    ).toEqual({ version: '2.2', declared: true });
    expect(ninjsVersionOf({ uri: 'u', $standard: { name: 'ninjs', version: '1.6' } })).toEqual({
      version: '1.6',
      declared: true,
    });
  });

  it('ignores a `standard` of another standard', () => {
    expect(ninjsVersionOf({ uri: 'u', standard: { name: 'newsml', version: '2.35' } })).toBeNull();
  });

  it('tells the branch by property names when nothing is declared', () => {
    expect(ninjsVersionOf({ uri: 'u', versionCreated: 't' })).toEqual({ version: '3.1', declared: false });
    expect(ninjsVersionOf({ uri: 'u', versioncreated: 't' })).toEqual({ version: '2.2', declared: false });
    expect(ninjsVersionOf({ uri: 'u', versioncreated: 't', headline_main: 'h' })).toEqual({
      version: '1.x',
      declared: false,
    });
    expect(ninjsVersionOf({ uri: 'u', byline: 'b' })).toEqual({ version: '1.x', declared: false });
  });

  it('is null when nothing tells, or for what is not an object', () => {
    expect(ninjsVersionOf({ uri: 'u', headlines: [] })).toBeNull();
    expect(ninjsVersionOf([])).toBeNull();
    expect(ninjsVersionOf('3.1')).toBeNull();
    expect(ninjsVersionOf(null)).toBeNull();
  });
});
