import { describe, expect, it } from 'vitest';
import { lengthProgress } from '../../../../src/renderer/src/editor/wordCount/lengthProgress';

describe('lengthProgress', () => {
  it('counts words alone without a target', () => {
    expect(lengthProgress(1, null)).toEqual({ label: '1 word', hint: null, state: 'untargeted' });
    expect(lengthProgress(350, null).label).toBe('350 words');
  });

  it('measures against a target: to go, on target, over', () => {
    expect(lengthProgress(500, 800)).toEqual({ label: '500 / 800 words', hint: '300 to go', state: 'under' });
    expect(lengthProgress(800, 800)).toEqual({ label: '800 / 800 words', hint: 'On target', state: 'on' });
    expect(lengthProgress(920, 800)).toEqual({ label: '920 / 800 words', hint: '120 over', state: 'over' });
  });
});
