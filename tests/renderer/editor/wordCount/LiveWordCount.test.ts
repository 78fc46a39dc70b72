import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storySchema } from '@shared/editor/storySchema';
import type { EditorDocument } from '@shared/story/editorDocument';
import { LiveWordCount } from '../../../../src/renderer/src/editor/wordCount/LiveWordCount';

const body = (text: string): EditorDocument => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const doc = (text: string) => storySchema().nodeFromJSON(body(text));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('LiveWordCount', () => {
  it('starts from the loaded body and recounts once the typing pauses', () => {
    const count = new LiveWordCount(body('Talks resumed today'));
    const heard = vi.fn();
    count.subscribe(heard);
    expect(count.get()).toBe(3);

    count.update(doc('Talks resumed today in Istanbul'));
    vi.advanceTimersByTime(299);
    expect(count.get()).toBe(3);
    vi.advanceTimersByTime(1);
    expect(count.get()).toBe(5);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('keeps counting every two seconds while the typing goes on', () => {
    const count = new LiveWordCount(body(''));
    let text = '';
    for (let elapsed = 0; elapsed < 2_000; elapsed += 100) {
      text += ' word';
      count.update(doc(text.trim()));
      vi.advanceTimersByTime(100);
    }
    expect(count.get()).toBeGreaterThan(0);
  });

  it('tells no one when an edit leaves the count as it was, or after it stopped', () => {
    const count = new LiveWordCount(body('Talks resumed'));
    const heard = vi.fn();
    const unsubscribe = count.subscribe(heard);
    count.update(doc('Talks resumed!'));
    vi.advanceTimersByTime(300);
    expect(heard).not.toHaveBeenCalled();

    unsubscribe();
    count.update(doc('Talks resumed again'));
    vi.advanceTimersByTime(300);
    expect(heard).not.toHaveBeenCalled();
    expect(count.get()).toBe(3);

    count.update(doc('Talks resumed again today'));
    count.stop();
    vi.advanceTimersByTime(2_000);
    expect(count.get()).toBe(3);
  });
});
