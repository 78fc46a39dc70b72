import { describe, expect, it } from 'vitest';
import { bylineLines, bylineParts, bylinePeople, bylineText } from '@shared/export/model/bylineParts';

const person = (name: string, title = '', organization = '') => ({ name, title, organization });

describe('bylineText', () => {
  it('gives one person with title and organization as a desk writes it', () => {
    expect(bylineText([person('Jane Doe', 'Staff Correspondent', 'Copydesk News')])).toBe(
      'By Jane Doe, Staff Correspondent, Copydesk News',
    );
    expect(bylineText([person('Jane Doe')])).toBe('By Jane Doe');
  });

  it('names colleagues of one organization together, without a serial comma', () => {
    expect(bylineText([person('Jane Doe', '', 'Reuters'), person('John Roe', '', 'Reuters')])).toBe(
      'By Jane Doe and John Roe, Reuters',
    );
    expect(bylineText([person('A'), person('B'), person('C')])).toBe('By A, B and C');
  });

  it('closes the first person’s apposition with a comma before "and"', () => {
    expect(
      bylineText([person('Olena Kovalenko', 'Kyiv Bureau Chief', 'Copydesk News'), person('Giorgos')]),
    ).toBe('By Olena Kovalenko, Kyiv Bureau Chief, Copydesk News, and Giorgos');
    expect(bylineText([person('Jane Doe', '', 'Reuters'), person('John Roe', '', 'AP')])).toBe(
      'By Jane Doe, Reuters, and John Roe, AP',
    );
  });

  it('parts three or more people with titles by semicolons, so each still reads as one person', () => {
    expect(bylineText([person('A', 'Editor'), person('B', '', 'AP'), person('C')])).toBe(
      'By A, Editor; B, AP; and C',
    );
  });

  it('leaves out a byline without a name and a title or organization that shows nothing', () => {
    expect(bylineText([])).toBe('');
    expect(bylineText([person('', 'Staff Correspondent')])).toBe('');
    expect(bylineText([person('\u0000'), person('Jane Doe', '\u0007', ' ')])).toBe('By Jane Doe');
  });

  it('marks each part by its role, for formats that mark them up', () => {
    expect(bylineParts([person('Jane Doe', 'Editor')])).toEqual([
      { role: 'joiner', text: 'By ' },
      { role: 'name', text: 'Jane Doe' },
      { role: 'joiner', text: ', ' },
      { role: 'title', text: 'Editor' },
    ]);
  });
});

describe('bylinePeople', () => {
  it('is the same list without the "By", for ninjs and NewsML-G2 `by`', () => {
    expect(bylinePeople([person('Paulo Santalucia'), person("Frances d'Emilio")])).toBe(
      "Paulo Santalucia and Frances d'Emilio",
    );
    expect(bylinePeople([person('Olena Kovalenko', 'Kyiv Bureau Chief', 'Copydesk News'), person('G')])).toBe(
      'Olena Kovalenko, Kyiv Bureau Chief, Copydesk News, and G',
    );
    expect(bylinePeople([person('A', 'Editor'), person('B'), person('C')])).toBe('A, Editor; B; and C');
  });

  it('is empty without a named byline', () => {
    expect(bylinePeople([])).toBe('');
    expect(bylinePeople([person('', 'Editor')])).toBe('');
  });
});

describe('bylineLines', () => {
  it('gives each named byline a line of its own, as the desk writes one person', () => {
    expect(
      bylineLines([
        person('Jane Doe', 'Staff Correspondent', 'Copydesk News'),
        person('', 'Editor'),
        person('John Roe', '', 'Reuters'),
        person('Giorgos', ' '),
      ]),
    ).toEqual(['By Jane Doe, Staff Correspondent, Copydesk News', 'By John Roe, Reuters', 'By Giorgos']);
  });
});
