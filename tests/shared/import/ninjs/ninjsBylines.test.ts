import { describe, expect, it } from 'vitest';
import type { Byline } from '@shared/story/story';
import { bylinePeople } from '@shared/export/model/bylineParts';
import { ninjsBylines } from '@shared/import/ninjs/ninjsBylines';

const byline = (name: string, title = '', organization = ''): Byline => ({ name, title, organization });
const author = (name: string) => ({ name, rel: 'author' });

/** The item our exporter writes for these bylines: `by`, the authors, and their organizations. */
function itemOf(bylines: Byline[]) {
  const organizations = [...new Set(bylines.map((entry) => entry.organization).filter(Boolean))];
  return {
    by: bylinePeople(bylines),
    people: bylines.map((entry) => author(entry.name)),
    organisations: organizations.map(author),
  };
}

describe('ninjsBylines', () => {
  it.each([
    [[byline('Jane Doe', 'Staff Correspondent', 'Copydesk News')]],
    [[byline('Olena Kovalenko', 'Kyiv Bureau Chief', 'Copydesk News'), byline('Giorgos Papadopoulos')]],
    [
      [
        byline('Jane Doe', '', 'Reuters'),
        byline('John Roe', '', 'Reuters'),
        byline('Ann Poe', '', 'Reuters'),
      ],
    ],
    [
      [
        byline('Jane Doe', 'Editor, Politics'),
        byline('John Roe', '', 'AP'),
        byline('Ann Poe', 'Reporter', 'AP'),
      ],
    ],
    [[byline('Jane Doe', '', 'Reuters'), byline('John Roe', 'Correspondent', 'AFP')]],
    [[byline('Jane Doe', 'Reporter')]],
  ])('brings back what our exporter wrote: %j', (bylines) => {
    expect(ninjsBylines(itemOf(bylines))).toEqual(bylines);
  });

  it('reads "A and B, Org" as the organization of both, as a wire writes it', () => {
    // The exporter writes the same line when only B has the organization: the common reading wins.
    expect(ninjsBylines(itemOf([byline('Jane Doe'), byline('John Roe', '', 'Reuters')]))).toEqual([
      byline('Jane Doe', '', 'Reuters'),
      byline('John Roe', '', 'Reuters'),
    ]);
  });

  it('names the authors without `by` when it does not name them', () => {
    expect(
      ninjsBylines({ by: 'Staff', people: [author('Jane Doe'), { name: 'Pope Leo', rel: 'about' }] }),
    ).toEqual([byline('Jane Doe')]);
  });

  it('guesses title and organization from the words when the item names no author organization', () => {
    expect(ninjsBylines({ by: 'Jane Doe, Chief Economist, Reuters', people: [author('Jane Doe')] })).toEqual([
      byline('Jane Doe', 'Chief Economist', 'Reuters'),
    ]);
  });

  it('reads `by` (2.x, 3.x) or `byline` (1.x) alone as a desk’s byline line, in English or German', () => {
    expect(ninjsBylines({ byline: 'By Maria Lopez and Tom Becker, Reuters' })).toEqual([
      byline('Maria Lopez', '', 'Reuters'),
      byline('Tom Becker', '', 'Reuters'),
    ]);
    expect(ninjsBylines({ by: "Paulo Santalucia and Frances d'Emilio" })).toEqual([
      byline('Paulo Santalucia'),
      byline("Frances d'Emilio"),
    ]);
    expect(ninjsBylines({ by: 'Von Christian Hollmann, dpa' })).toEqual([
      byline('Christian Hollmann', '', 'dpa'),
    ]);
    expect(ninjsBylines({ by: 'NTB' })).toEqual([byline('NTB')]);
    expect(ninjsBylines({})).toEqual([]);
  });
});
