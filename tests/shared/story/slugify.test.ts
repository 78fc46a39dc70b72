import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '@shared/story/slugify';
import { slugSchema } from '@shared/story/story';

describe('slugify', () => {
  it.each([
    [
      'Ukraine, Russia Discuss Peace Talks Amid Continuing Violence',
      'ukraine-russia-discuss-peace-talks-amid-continuing-violence',
    ],
    ['Café owners protest in Zürich', 'cafe-owners-protest-in-zurich'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['Путин и Зеленский', ''],
    ['', ''],
  ])('%j → %j', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('always gives a valid, path-safe slug, whatever the headline', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (headline) => {
        const slug = slugify(headline);
        expect(slugSchema.safeParse(slug).success).toBe(true);
        expect(slug).not.toMatch(/[/\\.]/);
      }),
    );
  });
});
