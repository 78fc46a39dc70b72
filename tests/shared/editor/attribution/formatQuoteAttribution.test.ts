import { describe, expect, it } from 'vitest';
import { formatQuoteAttribution } from '@shared/editor/attribution/formatQuoteAttribution';

const said = (speaker: string, title = '', organization = '', context = '') => ({
  speaker,
  title,
  organization,
  context,
});

describe('formatQuoteAttribution', () => {
  it.each([
    [said('Dmitri Peskov', 'Kremlin spokesperson'), '— Dmitri Peskov, Kremlin spokesperson'],
    [
      said('Volodymyr Zelensky', 'President', 'Office of the President', 'in Kyiv'),
      '— Volodymyr Zelensky, President, Office of the President, in Kyiv',
    ],
    [said(' Jane Doe ', '  ', '', ' on Tuesday '), '— Jane Doe, on Tuesday'],
    [said('', '', '', ''), ''],
  ])('%j → %j', (parts, expected) => {
    expect(formatQuoteAttribution(parts)).toBe(expected);
  });
});
