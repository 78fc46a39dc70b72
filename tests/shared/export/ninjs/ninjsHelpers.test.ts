import { describe, expect, it } from 'vitest';
import type { ExportBlock } from '@shared/export/model/exportStory';
import { copyCharCount } from '@shared/export/ninjs/copyCharCount';
import { plainRun as text } from '@shared/export/text/plainRun';

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
