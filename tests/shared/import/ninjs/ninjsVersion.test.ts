import { describe, expect, it } from 'vitest';
import { notNinjsReason } from '@shared/import/ninjs/isNinjsItem';
import { ninjsVersionOf } from '@shared/import/ninjs/ninjsVersion';

describe('ninjsVersionOf', () => {
  it('takes the version the item declares, by number or by schema', () => {
    expect(ninjsVersionOf({ standard: { name: 'ninjs', version: '3.1' } })).toEqual({
      version: '3.1',
    });
    expect(
      ninjsVersionOf({ standard: { schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' } }),
    ).toEqual({
      version: '2.2',
    });
    expect(ninjsVersionOf({ $standard: { name: 'ninjs', version: '1.6' } })).toEqual({
      version: '1.6',
    });
  });

  it('tells the branch by the property names when the item declares none', () => {
    expect(ninjsVersionOf({ uri: 'x', versionCreated: 't' }).version).toBe('3.x');
    expect(ninjsVersionOf({ uri: 'x', headline: 'h', body_html: '' }).version).toBe('1.x');
    expect(ninjsVersionOf({ uri: 'x', headlines: [], versioncreated: 't' }).version).toBe('2.x');
  });
});

describe('notNinjsReason', () => {
  it('accepts an item with a uri and a ninjs property, one that says it is ninjs, or headline and body', () => {
    expect(notNinjsReason({ uri: 'x', headlines: [] })).toBeNull();
    expect(notNinjsReason({ standard: { name: 'ninjs' } })).toBeNull();
    expect(notNinjsReason({ headline: 'h', body_html: '<p>b</p>' })).toBeNull();
  });

  it('says why other JSON is not a news item', () => {
    expect(notNinjsReason([])).toBe('it holds a list, not one news item');
    expect(notNinjsReason(null)).toBe('it holds a single value, not a news item');
    expect(notNinjsReason({ uri: 'x' })).toMatch(/no uri, headline, body/);
    expect(notNinjsReason({ name: 'copydesk', version: '1.0.0' })).toMatch(/no uri, headline, body/);
  });
});
