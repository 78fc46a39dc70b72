import { describe, expect, it } from 'vitest';
import { toExportStory } from '@shared/export/model/toExportStory';
import { everyBlockStory, sampleStory, storyOf } from '../support/stories';

describe('toExportStory', () => {
  it('reads the sample story: its AP dateline, paragraphs and both quotes with their speakers', () => {
    const story = toExportStory(sampleStory());

    expect(story.dateline?.line).toBe('ISTANBUL, Turkey —');
    expect(story.blocks.filter((block) => block.kind === 'quote').map((quote) => quote.attribution)).toEqual([
      expect.objectContaining({ speaker: 'Volodymyr Zelensky' }),
      expect.objectContaining({ speaker: 'Dmitri Peskov' }),
    ]);
    expect(story.blocks[0]).toMatchObject({ kind: 'paragraph' });
  });

  it('keeps every publishable block in order, with marks, links, breaks and formatted credits', () => {
    const story = toExportStory(everyBlockStory());

    expect(story.dateline).toEqual({
      city: 'Kherson',
      region: 'Ukraine',
      date: '2026-11-24',
      source: 'AP',
      line: 'KHERSON, Ukraine, Nov. 24 (AP) —',
    });
    expect(story.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'list',
      'list',
      'quote',
      'heading',
      'paragraph',
      'quote',
      'rule',
      'paragraph',
      'credit',
      'credit',
    ]);
    expect(story.blocks[0]).toMatchObject({
      inlines: expect.arrayContaining([
        expect.objectContaining({ text: 'three', bold: true }),
        expect.objectContaining({ text: 'the regional office', href: 'https://example.org/report' }),
      ]),
    });
    expect(story.blocks.filter((block) => block.kind === 'credit').map((block) => block.credit.line)).toEqual(
      ['Reporting by Olena Kovalenko in Kherson', 'Editing by Sam Editor, Copydesk News'],
    );
    expect(story.blocks[6]).toMatchObject({
      inlines: [{ kind: 'text' }, { kind: 'break' }, { kind: 'text' }],
    });
  });

  it('leaves out editor’s notes and the desk notes, so no exporter can emit them', () => {
    const exported = JSON.stringify(toExportStory(everyBlockStory()));

    expect(exported).not.toContain('EDITOR NOTE');
    expect(exported).not.toContain('DESK NOTE');
  });

  it('refuses a body the editor’s schema does not allow', () => {
    const story = everyBlockStory();
    const broken = storyOf({ ...story, body: { type: 'doc', content: [{ type: 'script', text: 'x' }] } });

    expect(() => toExportStory(broken)).toThrow(RangeError);
  });
});
