import { describe, expect, it } from 'vitest';
import { searchDocumentOf } from '../../../src/main/search/searchDocumentOf';
import { everyBlockStory, sampleStory } from '../../shared/export/support/stories';

describe('searchDocumentOf', () => {
  it('reads the sample story into its searchable parts', () => {
    const story = sampleStory();
    const document = searchDocumentOf(story);

    expect(document.id).toBe(story.id);
    expect(document.headline).toBe('Ukraine, Russia Discuss Peace Talks Amid Continuing Violence');
    expect(document.bylines).toBe('Jane Doe, Staff Correspondent, Copydesk News');
    expect(document.dateline).toBe('ISTANBUL, Turkey Istanbul Turkey');
    expect(document.keywords.split('\n')).toEqual(story.keywords);
    expect(document.speakers.split('\n')).toEqual(['Volodymyr Zelensky', 'Dmitri Peskov']);
    expect(document.body.startsWith('ISTANBUL, Turkey\nUkraine and Russia held peace negotiations')).toBe(
      true,
    );
    expect(document.body).toContain('We must put an end to this war, which probably starts with a meeting');
    expect(document.body).toContain('— Dmitri Peskov, Kremlin spokesperson');
    expect(document.body).not.toContain('Sample story seeded');
  });

  it('leaves editor notes out and keeps lists, headings, quotes and credits', () => {
    const document = searchDocumentOf(everyBlockStory());

    expect(document.body).not.toContain('EDITOR NOTE');
    expect(document.body).not.toContain('DESK NOTE');
    expect(document.body).toContain('Subheads, lists, quotes, credits and a rule');
    expect(document.body).toContain('KHERSON, Ukraine, Nov. 24 (AP)');
    expect(document.body).toContain('Officials said on Monday that three people were injured');
    expect(document.body).toContain('A prisoner exchange');
    expect(document.body).toContain('Нет оснований ожидать чудес.');
    expect(document.body).toContain('Ο υπουργός είπε «Ειρήνη τώρα»');
    expect(document.body).toContain('Reporting by Olena Kovalenko in Kherson');
    expect(document.speakers).toBe('Volodymyr Zelensky\nDmitri Peskov');
    expect(document.bylines).toBe('Olena Kovalenko, Kyiv Bureau Chief, Copydesk News\nGiorgos Papadopoulos');
  });

  it('adds the speakers of the story’s quote list once each', () => {
    const story = sampleStory();
    const quote = { text: 'x', title: '', organization: '', context: '', verb: 'said', standalone: true };
    const document = searchDocumentOf({
      ...story,
      quotes: [
        { ...quote, speaker: 'Dmitri Peskov' },
        { ...quote, speaker: 'Recep Tayyip Erdoğan' },
      ],
    });

    expect(document.speakers.split('\n')).toEqual([
      'Volodymyr Zelensky',
      'Dmitri Peskov',
      'Recep Tayyip Erdoğan',
    ]);
  });
});
