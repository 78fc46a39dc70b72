import { describe, expect, it } from 'vitest';
import { saveStatusText } from '../../../src/renderer/src/editor/saveStatus';

describe('saveStatusText', () => {
  it('names each state as the status bar shows it', () => {
    expect(saveStatusText({ kind: 'saved' })).toBe('Saved');
    expect(saveStatusText({ kind: 'unsaved' })).toBe('Unsaved changes');
    expect(saveStatusText({ kind: 'saving' })).toBe('Saving…');
    expect(saveStatusText({ kind: 'failed', message: 'The disk is full.', retrying: false })).toBe(
      'Save failed: The disk is full.',
    );
    expect(saveStatusText({ kind: 'failed', message: 'The disk is full.', retrying: true })).toBe(
      'Save failed: The disk is full. Retrying…',
    );
  });
});
