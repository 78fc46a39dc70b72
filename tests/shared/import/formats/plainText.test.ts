import { describe, expect, it } from 'vitest';
import { plainTextImport } from '@shared/import/formats/plainText';
import { sampleStory } from '../../export/support/stories';
import { exported } from '../support/roundTrip';

// Plain text carries no structure, so this is recognition at work on our own wire copy, not a lossless trip.
describe('plainTextImport of Copydesk’s own plain-text export', () => {
  it('recognizes the headline, byline, dateline and both quotes with their speakers', async () => {
    const story = sampleStory();
    const file = await exported(story, 'text');
    const { draft } = await plainTextImport.import(file.bytes, {
      fileName: file.name,
      importedAt: story.updatedAt,
    });

    expect(draft.headline).toBe(story.headline);
    expect(draft.bylines).toEqual(story.bylines);
    const blocks = draft.body!.content!;
    expect(blocks[0]).toEqual({
      type: 'dateline',
      attrs: { city: 'Istanbul', region: 'Turkey', date: '', source: '' },
    });
    const attributions = blocks
      .filter((block) => block.type === 'quote')
      .map((quote) => quote.content![1]!.attrs);
    expect(attributions).toEqual([
      {
        speaker: 'Volodymyr Zelensky',
        title: 'Ukrainian President',
        organization: '',
        context: 'during a press conference',
      },
      { speaker: 'Dmitri Peskov', title: 'Kremlin spokesperson', organization: '', context: '' },
    ]);
    const paragraphs = (body: typeof blocks) => body.filter((block) => block.type === 'paragraph').length;
    expect(paragraphs(blocks)).toBe(paragraphs(story.body.content!));
  });
});
