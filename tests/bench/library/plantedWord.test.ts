import { describe, expect, it } from 'vitest';
import { checkPlantedWord } from '../../../bench/library/plantedWord';

describe('checkPlantedWord', () => {
  it('accepts a made-up word and refuses words the generator writes or a tokenizer would split', () => {
    expect(() => checkPlantedWord('zanzibarite')).not.toThrow();
    expect(() => checkPlantedWord('ceasefire')).toThrow(/generator itself writes/);
    expect(() => checkPlantedWord('tkachenko')).toThrow(/generator itself writes/);
    expect(() => checkPlantedWord('zanzi-barite')).toThrow(/lowercase letters/);
    expect(() => checkPlantedWord('Zanzibarite')).toThrow(/lowercase letters/);
  });
});
