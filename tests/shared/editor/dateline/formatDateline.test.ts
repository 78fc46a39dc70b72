import { describe, expect, it } from 'vitest';
import { formatDateline } from '@shared/editor/dateline/formatDateline';

const parts = (city: string, region = '', date = '', source = '') => ({ city, region, date, source });

describe('formatDateline', () => {
  it.each([
    [parts('Istanbul', 'Turkey'), 'ISTANBUL, Turkey —'],
    [parts('Istanbul', '', '', 'AP'), 'ISTANBUL (AP) —'],
    [parts('New York'), 'NEW YORK —'],
    [parts('Washington', '', '', 'Reuters'), 'WASHINGTON (Reuters) —'],
    [parts('Kherson', 'Ukraine', '2026-11-24'), 'KHERSON, Ukraine, Nov. 24 —'],
    [parts('Kherson', 'Ukraine', '2026-11-24', 'AP'), 'KHERSON, Ukraine, Nov. 24 (AP) —'],
    [parts('Washington', '', '2026-02-26', 'Reuters'), 'WASHINGTON, Feb. 26 (Reuters) —'],
    [parts('Portland', 'Ore.', '2026-03-05'), 'PORTLAND, Ore., March 5 —'],
    [parts('São Paulo', 'Brazil'), 'SÃO PAULO, Brazil —'],
  ])('%j → %j', (input, expected) => {
    expect(formatDateline(input)).toBe(expected);
  });

  it.each([
    ['01', 'Jan. 9'],
    ['02', 'Feb. 9'],
    ['03', 'March 9'],
    ['04', 'April 9'],
    ['05', 'May 9'],
    ['06', 'June 9'],
    ['07', 'July 9'],
    ['08', 'Aug. 9'],
    ['09', 'Sept. 9'],
    ['10', 'Oct. 9'],
    ['11', 'Nov. 9'],
    ['12', 'Dec. 9'],
  ])('writes month %s the AP way: %s', (month, written) => {
    expect(formatDateline(parts('Paris', '', `2026-${month}-09`))).toBe(`PARIS, ${written} —`);
  });

  it.each([
    [parts('Rome', '', '2026-02-30'), 'ROME —'],
    [parts('Rome', '', '2026-13-01'), 'ROME —'],
    [parts('Rome', '', '24/11/2026'), 'ROME —'],
    [parts('Rome', '', '2028-02-29'), 'ROME, Feb. 29 —'],
  ])('leaves out a date that is not a real calendar date: %j → %j', (input, expected) => {
    expect(formatDateline(input)).toBe(expected);
  });

  it.each([
    [parts('', 'Turkey', '2026-11-24', 'AP'), ''],
    [parts('  ', 'Turkey'), ''],
    [parts('Ankara', '   ', '  ', '  '), 'ANKARA —'],
  ])('leaves out empty fields, and has nothing to show without a city: %j → %j', (input, expected) => {
    expect(formatDateline(input)).toBe(expected);
  });

  it('ignores whitespace around every field', () => {
    expect(formatDateline(parts('  kherson ', ' Ukraine  ', ' 2026-11-24 ', ' AP '))).toBe(
      'KHERSON, Ukraine, Nov. 24 (AP) —',
    );
  });
});
