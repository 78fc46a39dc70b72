import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../../src/main/search/engine/vocabulary';

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary();
  vocabulary.add(['government', 'governments', 'minister', 'ministers', 'talks']);
  vocabulary.add(['minister', 'tanks']);

  it('corrects a dropped, swapped or changed letter to the closest known word', () => {
    expect(vocabulary.nearest('goverment', 2)).toBe('government');
    expect(vocabulary.nearest('mniister', 2)).toBe('minister');
    expect(vocabulary.nearest('imnister', 1)).toBe('minister');
    expect(vocabulary.nearest('talsk', 1)).toBe('talks');
  });

  it('prefers the more frequent of equally close words and keeps known words', () => {
    expect(vocabulary.nearest('ministerz', 1)).toBe('minister');
    expect(vocabulary.nearest('tanks', 1)).toBe('tanks');
  });

  it('gives up beyond the allowed edits and survives a round trip', () => {
    expect(vocabulary.nearest('xyzzy', 1)).toBeUndefined();
    expect(new Vocabulary(vocabulary.entries()).nearest('goverment', 2)).toBe('government');
  });
});
