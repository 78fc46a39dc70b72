import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@shared/import/markdown/frontMatter';
import { frontMatterFields } from '@shared/import/markdown/frontMatterFields';

const fieldsOf = (source: string) => frontMatterFields(splitFrontMatter(source).entries);

describe('front matter', () => {
  it('splits a YAML block from the Markdown under it', () => {
    const split = splitFrontMatter('---\ntitle: A story\n---\n# Body\n');
    expect(split.body).toBe('# Body\n');
    expect(split.entries).toEqual([{ key: 'title', value: 'A story', source: 'title: A story' }]);
  });

  it('leaves a story opening with a rule alone, and a block that is not YAML', () => {
    for (const source of [
      '---\n\nText\n\n---\n',
      '---\nJust words here\n---\n',
      '---\ntitle: never closed\n',
    ])
      expect(splitFrontMatter(source)).toEqual({ entries: [], body: source });
  });

  it('reads the names Jekyll, Hugo and Pandoc give the story’s fields', () => {
    const fields = fieldsOf(
      [
        '---',
        "title: 'It''s agreed: talks go on'",
        'description: >',
        '  Both sides meet',
        '  again in May',
        'authors:',
        '- Jane Doe',
        '- "John Roe"',
        'category: World',
        'keywords: Ukraine, Russia, talks',
        'slug: talks-go-on',
        'locale: en_GB',
        'date: 2026-05-02',
        '---',
      ].join('\n'),
    );
    expect(fields).toEqual({
      headline: "It's agreed: talks go on",
      subheadline: 'Both sides meet again in May',
      bylines: [
        { name: 'Jane Doe', title: '', organization: '' },
        { name: 'John Roe', title: '', organization: '' },
      ],
      section: 'World',
      keywords: ['Ukraine', 'Russia', 'talks'],
      slug: 'talks-go-on',
      language: 'en-GB',
      date: '2026-05-02',
      dropped: [],
    });
  });

  it('lists what it does not keep, with why', () => {
    const fields = fieldsOf(
      [
        '---',
        'title: One',
        'headline: Two',
        'slug: Not A Slug',
        'lang: english!',
        'author:',
        '  name: Jane Doe',
        'draft: true',
        '---',
      ].join('\n'),
    );
    expect(fields.headline).toBe('One');
    expect(fields.dropped).toEqual([
      { text: 'headline: Two', reason: 'another headline in the front matter' },
      { text: 'slug: Not A Slug', reason: 'not a slug (lowercase letters, digits and single hyphens)' },
      { text: 'lang: english!', reason: 'not a language tag such as "en" or "en-GB"' },
      { text: 'author:\n  name: Jane Doe', reason: 'front matter Copydesk cannot read' },
      { text: 'draft: true', reason: 'front matter Copydesk does not keep' },
    ]);
  });

  it('reads any quoted title back as itself', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((text) => !/[\r\n]/.test(text)),
        (title) => {
          const quoted = `'${title.replace(/'/g, "''")}'`;
          expect(fieldsOf(`---\ntitle: ${quoted}\n---\n`).headline).toBe(title.trim());
        },
      ),
    );
  });
});
