import { describe, expect, it } from 'vitest';
import { creditFields, creditTextFields, isCreditLine } from '@shared/import/html/creditFields';
import { htmlDocument } from '@shared/import/html/htmlDocument';
import { formatCredit } from '@shared/editor/attribution/formatCredit';

describe('isCreditLine', () => {
  it.each([
    ['Reporting by Jane Doe', true],
    ['Additional reporting by John Roe in Kyiv', true],
    ['Editing by Sam Editor', true],
    ['Source: Reuters', true],
    ['Photo by Ana Lopez', true],
    ['AP Photo/Jane Doe', false],
    ['Reporters said on Monday', false],
  ])('%j → %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected);
  });
});

describe('creditTextFields', () => {
  it.each([
    { kind: 'reporting', names: 'Jane Doe', organization: 'Reuters', place: 'Istanbul' },
    { kind: 'reporting', names: 'Olena Kovalenko', organization: '', place: 'Kherson' },
    { kind: 'additional-reporting', names: 'John Roe', organization: '', place: '' },
    { kind: 'editing', names: 'Sam Editor', organization: 'Copydesk News', place: '' },
    { kind: 'reporting', names: 'Jane Doe, John Roe and Ana Lopez', organization: '', place: '' },
    { kind: 'photo', names: 'Ana Lopez', organization: 'AP', place: '' },
  ])('reads back what formatCredit wrote for %j', (parts) => {
    expect(creditTextFields(formatCredit(parts))).toEqual(parts);
  });

  it('takes a line with no known lead as reporting', () => {
    expect(creditTextFields('Jane Doe')).toEqual({
      kind: 'reporting',
      names: 'Jane Doe',
      organization: '',
      place: '',
    });
  });
});

describe('creditFields', () => {
  it('prefers the data attributes Copydesk writes', () => {
    const paragraph = htmlDocument(
      '<p class="credit" data-kind="editing" data-names="Sam, Editor" data-organization="Copydesk News">Editing by Sam, Editor, Copydesk News</p>',
    ).querySelector('p')!;
    expect(creditFields(paragraph)).toEqual({
      kind: 'editing',
      names: 'Sam, Editor',
      organization: 'Copydesk News',
      place: '',
    });
  });

  it('reads the text of a credit without them', () => {
    const paragraph = htmlDocument('<p class="credit">Reporting by Jane Doe in Istanbul</p>').querySelector(
      'p',
    )!;
    expect(creditFields(paragraph)).toEqual({
      kind: 'reporting',
      names: 'Jane Doe',
      organization: '',
      place: 'Istanbul',
    });
  });
});
