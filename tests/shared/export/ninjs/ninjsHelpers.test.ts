import { describe, expect, it } from 'vitest';
import type { ExportBlock } from '@shared/export/model/exportStory';
import { byStatement } from '@shared/export/ninjs/byStatement';
import { copyCharCount } from '@shared/export/ninjs/copyCharCount';
import { pubStatusOf } from '@shared/export/ninjs/pubStatusOf';
import { storyUri } from '@shared/export/ninjs/storyUri';

const text = (value: string) => ({
  kind: 'text' as const,
  text: value,
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  href: null,
});

describe('storyUri', () => {
  it('names the story by its UUID, in lower case', () => {
    expect(storyUri('6F1C2B4E-8D3A-4C5B-9E7F-0A1B2C3D4E5F')).toBe(
      'urn:uuid:6f1c2b4e-8d3a-4c5b-9e7f-0a1b2c3d4e5f',
    );
  });

  it('refuses an id that is not a UUID rather than write a URI that could clash or not parse', () => {
    expect(() => storyUri('my story')).toThrow(/"my story" is not a UUID/);
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

describe('byStatement', () => {
  const byline = (name: string, title = '', organization = '') => ({ name, title, organization });

  it('reads as IPTC writes a byline: names joined with "and"', () => {
    expect(byStatement([byline('Paulo Santalucia'), byline("Frances d'Emilio")])).toBe(
      "Paulo Santalucia and Frances d'Emilio",
    );
    expect(byStatement([byline('A'), byline('B'), byline('C')])).toBe('A, B and C');
  });

  it('keeps titles and organizations, parting bylines with semicolons once they hold commas', () => {
    expect(byStatement([byline('Jane Doe', 'Staff Correspondent', 'Copydesk News')])).toBe(
      'Jane Doe, Staff Correspondent, Copydesk News',
    );
    expect(
      byStatement([byline('Olena Kovalenko', 'Kyiv Bureau Chief'), byline('Giorgos Papadopoulos')]),
    ).toBe('Olena Kovalenko, Kyiv Bureau Chief; Giorgos Papadopoulos');
  });

  it('is null without a named byline', () => {
    expect(byStatement([])).toBeNull();
    expect(byStatement([byline('', 'Editor')])).toBeNull();
  });
});

describe('copyCharCount', () => {
  it('counts the copy the word count counts, in code points, a line break as one', () => {
    const blocks: ExportBlock[] = [
      { kind: 'paragraph', inlines: [text('ab'), { kind: 'break' }, text('😀')] },
      { kind: 'heading', level: 2, inlines: [text('Ωμέγα')] },
      { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', inlines: [text('xyz')] }]] },
      {
        kind: 'quote',
        display: 'blockquote',
        paragraphs: [[text('Да')]],
        attribution: {
          speaker: 'Not counted',
          title: '',
          organization: '',
          context: '',
          line: '— Not counted',
        },
      },
      {
        kind: 'credit',
        credit: { kind: 'reporting', names: 'N', organization: '', place: '', line: 'Reporting by N' },
      },
      { kind: 'rule' },
    ];

    expect(copyCharCount(blocks)).toBe(4 + 5 + 3 + 2);
  });
});
