import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { Story } from '@shared/story/story';
import { wordCountOf } from '@shared/story/wordCount';
import { sampleStory } from '../support/stories';

/** The sample story with its body after the dateline repeated until it has at least `words` words. */
export function longStory(words: number): Story {
  const sample = sampleStory();
  const [dateline, ...blocks] = sample.body.content as EditorNodeJson[];
  const body = { type: 'doc', content: [dateline!] };
  while (wordCountOf(body) < words) body.content.push(...blocks);
  return { ...sample, body, wordCount: wordCountOf(body) };
}
