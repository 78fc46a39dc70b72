import { describe, expect, it } from 'vitest';
import { formatDateline } from '@shared/editor/dateline/formatDateline';

const parts = (city: string, region = '', date = '', source = '') => ({ city, region, date, source });

describe('formatDateline', () => {
  it.each([
    [parts('Istanbul', 'Turkey'), 'ISTANBUL, Turkey —'],
    [parts('Istanbul', '', '', 'AP'), 'ISTANBUL (AP) —'],
    [parts('Kherson', 'Ukraine', '2026-11-24'), 'KHERSON, Ukraine, Nov. 24 —'],
    [parts('Washington', '', '2026-02-26', 'Reuters'), 'WASHINGTON, Feb. 26 (Reuters) —'],
    [parts('Portland', 'Ore.', '2026-03-05'), 'PORTLAND, Ore., March 5 —'],
    [parts('Paris', '', '2026-09-01'), 'PARIS, Sept. 1 —'],
    [parts('Rome', '', '2026-02-30'), 'ROME —'],
    [parts('  ', 'Turkey'), ''],
  ])('%j → %j', (input, expected) => {
    expect(formatDateline(input)).toBe(expected);
  });
});
