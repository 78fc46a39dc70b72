import { describe, expect, it } from 'vitest';
import { printedDateline } from '@shared/export/model/printedDateline';
import { pubStatusOf } from '@shared/export/model/pubStatusOf';
import { regionKind } from '@shared/export/model/regionKind';
import { checkedTime, instantOf } from '@shared/export/model/storyTime';
import { storyUri, storyUuid } from '@shared/export/model/storyUuid';
import { wholeNumber } from '@shared/export/model/wholeNumber';

describe('instantOf and checkedTime', () => {
  it('reads a time with its zone as the moment it names, and keeps the text as written', () => {
    expect(instantOf('time', '2026-11-24T01:40:30+02:00').toISOString()).toBe('2026-11-23T23:40:30.000Z');
    expect(checkedTime('time', '2026-11-24T01:40:30+02:00')).toBe('2026-11-24T01:40:30+02:00');
  });

  it('refuses a time that names no moment', () => {
    for (const bad of ['', 'now', '2026-11-24', '2026-11-24T09:40:30', '2026-02-30T00:00:00Z']) {
      expect(() => instantOf('update time', bad), bad).toThrow(/not an ISO 8601 date-time with a time zone/);
      expect(() => checkedTime('update time', bad), bad).toThrow(RangeError);
    }
  });
});

describe('wholeNumber', () => {
  it('keeps a whole number in range and refuses anything else, naming the field', () => {
    expect(wholeNumber('priority', 9, 1, 9)).toBe(9);
    expect(wholeNumber('word count', 0, 0)).toBe(0);
    expect(() => wholeNumber('priority', 0, 1, 9)).toThrow(/priority 0 is not a whole number from 1 to 9/);
    expect(() => wholeNumber('revision', 1.5, 1)).toThrow(/revision 1.5 is not a whole number/);
    expect(() => wholeNumber('word count', Number.NaN, 0)).toThrow(RangeError);
  });
});

describe('storyUuid and storyUri', () => {
  it('names the story by its UUID, in lower case', () => {
    expect(storyUuid('6F1C2B4E-8D3A-4C5B-9E7F-0A1B2C3D4E5F')).toBe('6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f');
    expect(storyUri('6F1C2B4E-8D3A-4C5B-9E7F-0A1B2C3D4E5F')).toBe(
      'urn:uuid:6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f',
    );
  });

  it('refuses an id that is not a UUID rather than write an identifier that could clash or not parse', () => {
    expect(() => storyUri('my story')).toThrow(/"my story" is not a UUID/);
    expect(() => storyUuid('')).toThrow(RangeError);
  });
});

describe('pubStatusOf', () => {
  it('lets only approved and published stories be usable, and cancels spiked ones', () => {
    expect(pubStatusOf('approved')).toBe('usable');
    expect(pubStatusOf('published')).toBe('usable');
    expect(pubStatusOf('draft')).toBe('withheld');
    expect(pubStatusOf('submitted')).toBe('withheld');
    expect(pubStatusOf('in-edit')).toBe('withheld');
    expect(pubStatusOf('spiked')).toBe('canceled');
  });
});

describe('datelines', () => {
  it('tells states and provinces from countries as AP datelines name them', () => {
    for (const state of ['Calif.', 'N.Y.', 'Ga.', 'Texas', ' new  york ', 'D.C.', 'Quebec', 'Puerto Rico']) {
      expect(regionKind(state), state).toBe('state');
    }
    for (const country of ['Ukraine', 'Turkey', 'Georgia', 'Greece', 'West Bank', '']) {
      expect(regionKind(country), country).toBe('country');
    }
  });

  it('prints the dateline without the dash that leads into the lede', () => {
    expect(printedDateline('KHERSON, Ukraine, Nov. 24 (AP) —')).toBe('KHERSON, Ukraine, Nov. 24 (AP)');
    expect(printedDateline('NEW YORK —')).toBe('NEW YORK');
    expect(printedDateline('A — B —')).toBe('A — B');
  });
});
