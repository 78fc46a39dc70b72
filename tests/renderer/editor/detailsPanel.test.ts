import { describe, expect, it } from 'vitest';
import { detailsOpen } from '../../../src/renderer/src/editor/detailsPanel';

describe('detailsOpen', () => {
  it('opens docked on a roomy pane and stays closed on a narrow one by default', () => {
    expect(detailsOpen(null, true)).toBe(true);
    expect(detailsOpen(null, false)).toBe(false);
  });

  it('keeps the writer’s choice while the room stays the same', () => {
    expect(detailsOpen({ open: false, roomy: true }, true)).toBe(false);
    expect(detailsOpen({ open: true, roomy: false }, false)).toBe(true);
  });

  it('goes back to the default when the pane gains or loses the room', () => {
    expect(detailsOpen({ open: true, roomy: false }, true)).toBe(true);
    expect(detailsOpen({ open: false, roomy: true }, false)).toBe(false);
    expect(detailsOpen({ open: true, roomy: true }, false)).toBe(false);
  });
});
