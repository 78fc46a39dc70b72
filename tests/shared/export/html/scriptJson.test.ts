import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptJson } from '@shared/export/html/scriptJson';

describe('scriptJson', () => {
  it('escapes what could close the script or open a comment, and parses to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script><!-- & \u2028\u2029' };
    const json = scriptJson(value);

    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('parses to the same value for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const json = scriptJson({ text });

        expect(json).not.toMatch(/<\/?script|<!--/i);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });
});
