import { describe, expect, it } from 'vitest';
import { ninjsBodySource } from '@shared/import/ninjs/ninjsBodySource';

describe('ninjsBodySource', () => {
  it('takes the HTML body over the plain text, the main one first', () => {
    expect(
      ninjsBodySource({
        bodies: [
          { role: 'main', contenttype: 'text/plain', value: 'plain' },
          { role: 'teaser', contentType: 'text/html', value: '<p>teaser</p>' },
          { role: 'main', contentType: 'text/html', value: '<p>main</p>' },
        ],
      }),
    ).toEqual({ kind: 'html', value: '<p>main</p>' });
  });

  it('knows HTML by media type, by role or 1.x name, or by its markup when neither says', () => {
    expect(
      ninjsBodySource({ bodies: [{ role: 'richtext', contenttype: 'body_xhtml', value: '<p>x</p>' }] }),
    ).toEqual({
      kind: 'html',
      value: '<p>x</p>',
    });
    expect(ninjsBodySource({ body_text: 'plain', body_richtext: 'a < b' })).toEqual({
      kind: 'html',
      value: 'a < b',
    });
    expect(ninjsBodySource({ bodies: [{ value: '<section><p>x</p></section>' }] })?.kind).toBe('html');
    expect(ninjsBodySource({ bodies: [{ contentType: 'text/plain', value: '<p> is a tag' }] })?.kind).toBe(
      'text',
    );
    expect(ninjsBodySource({ bodies: [{ value: 'Temperatures < 0 tonight' }] })?.kind).toBe('text');
  });

  it('has no body for an item without one, or with only blank ones', () => {
    expect(ninjsBodySource({})).toBeNull();
    expect(ninjsBodySource({ bodies: [{ value: '  ' }], body_html: '' })).toBeNull();
  });
});
