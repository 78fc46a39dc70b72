import { describe, expect, it } from 'vitest';
import { cityName } from '@shared/import/cityName';

describe('cityName', () => {
  it.each([
    ['ISTANBUL', 'Istanbul'],
    ['RIO DE JANEIRO', 'Rio de Janeiro'],
    ['ST. LOUIS', 'St. Louis'],
    ['WINSTON-SALEM', 'Winston-Salem'],
    ['KYIV', 'Kyiv'],
  ])('%s is %s', (capitals, name) => {
    expect(cityName(capitals)).toBe(name);
  });
});
