import { describe, expect, it } from 'vitest';
import { slugForHeadline } from '../../../src/renderer/src/editor/slugForHeadline';

describe('slugForHeadline', () => {
  it('fills an empty slug from the headline', () => {
    expect(slugForHeadline('', '', 'Storm hits coast')).toBe('storm-hits-coast');
  });

  it('follows the headline while the slug still matches the previous headline', () => {
    expect(slugForHeadline('Storm hits coast', 'storm-hits-coast', 'Storm hits the coast')).toBe(
      'storm-hits-the-coast',
    );
  });

  it('keeps a slug someone edited by hand', () => {
    expect(slugForHeadline('Storm hits coast', 'storm-weekend', 'Storm hits the coast')).toBe(
      'storm-weekend',
    );
  });

  it('empties with the headline, then follows again', () => {
    const cleared = slugForHeadline('Storm', 'storm', '');
    expect(cleared).toBe('');
    expect(slugForHeadline('', cleared, 'Flood')).toBe('flood');
  });
});
