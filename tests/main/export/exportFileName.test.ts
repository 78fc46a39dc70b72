import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBaseName, exportBaseNames } from '../../../src/main/export/exportFileName';

const ID = '6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f';

describe('export file names', () => {
  it('come from the slug, or the id when there is no usable slug', () => {
    expect(exportBaseName({ id: ID, slug: 'talks-resume' })).toBe('talks-resume');
    expect(exportBaseName({ id: ID, slug: '' })).toBe(`story-${ID}`);
    expect(exportBaseName({ id: ID, slug: '../../etc/passwd' })).toBe(`story-${ID}`);
  });

  it('never name a path, whatever the slug holds', () => {
    fc.assert(
      fc.property(fc.string(), (slug) => {
        const name = exportBaseName({ id: ID, slug });
        expect(name).toMatch(/^[a-z0-9-]+$/);
      }),
    );
  });

  it('add the id to stories that share a slug, so neither overwrites the other', () => {
    const other = '7a2d3c5f-9e4b-4d6c-8f0a-1b2c3d4e5f60';
    const names = exportBaseNames([
      { id: ID, slug: 'talks' },
      { id: other, slug: 'talks' },
      { id: '8b3e4d6a-0f5c-4e7d-9a1b-2c3d4e5f6071', slug: 'alone' },
    ]);
    expect([...names.values()]).toEqual(['talks-6f1c2b4e', 'talks-7a2d3c5f', 'alone']);
  });
});
