// @vitest-environment happy-dom
import { generateHTML, generateJSON } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import sample from '../../../resources/samples/istanbul-peace-talks.story.json';
import { storyExtensions } from '@shared/editor/storyExtensions';
import { bodyProblem } from '@shared/editor/validateBody';

describe('the story schema', () => {
  it('accepts the seeded sample story', () => {
    expect(bodyProblem(sample.body)).toBeNull();
  });

  it('refuses unknown nodes and a quote without its attribution', () => {
    expect(bodyProblem({ type: 'doc', content: [{ type: 'script' }] })).toMatch(/script/);
    const quote = { type: 'quote', content: [{ type: 'quoteText', content: [{ type: 'paragraph' }] }] };
    expect(bodyProblem({ type: 'doc', content: [quote] })).not.toBeNull();
  });
});

describe('HTML round trip', () => {
  it('keeps every structured field of the sample story', () => {
    const html = generateHTML(sample.body, storyExtensions());
    expect(html).toContain('ISTANBUL, Turkey —');
    expect(html).toContain('— Dmitri Peskov, Kremlin spokesperson');
    expect(generateJSON(html, storyExtensions())).toEqual(sample.body);
  });
});
