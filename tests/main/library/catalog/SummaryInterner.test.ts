import { describe, expect, it } from 'vitest';
import { SummaryInterner } from '../../../../src/main/library/catalog/SummaryInterner';
import { summaryOf } from './catalogFixtures';

describe('SummaryInterner', () => {
  it('keeps every value, but shares bylines and repeated texts between summaries', () => {
    const interner = new SummaryInterner();
    const fields = { bylines: ['Ana Costa'], keywords: ['flood'], section: 'Local' };
    const [first, second] = [summaryOf(1, fields), summaryOf(2, fields)];
    const expected = [structuredClone(first), structuredClone(second)];

    const interned = [interner.intern(first), interner.intern(second)];

    expect(interned).toEqual(expected);
    expect(interned[1]!.bylines[0]).toBe(interned[0]!.bylines[0]);
    expect(Object.isFrozen(interned[1]!.bylines[0])).toBe(true);
  });

  it('leaves the arrays it was given alone, since the story they came from may still hold them', () => {
    const interner = new SummaryInterner();
    interner.intern(summaryOf(1, { bylines: ['Ana Costa'] }));
    const summary = summaryOf(2, { bylines: ['Ana Costa'] });
    const bylines = summary.bylines;
    const byline = bylines[0];

    interner.intern(summary);

    expect(bylines[0]).toBe(byline);
    expect(summary.bylines).not.toBe(bylines);
  });
});
