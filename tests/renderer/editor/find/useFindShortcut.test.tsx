import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFindShortcut } from '../../../../src/renderer/src/editor/find/useFindShortcut';
import { cleanup, render } from '../../support/render';

function Shortcut({ onFind, enabled }: { onFind: () => void; enabled?: boolean }) {
  useFindShortcut(onFind, enabled);
  return null;
}

function press(init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
}

afterEach(cleanup);

describe('useFindShortcut', () => {
  it('opens find on Ctrl+F and Cmd+F, keeping the browser’s own find bar shut', async () => {
    const onFind = vi.fn();
    await render(<Shortcut onFind={onFind} />);

    expect(press({ key: 'f', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(press({ key: 'F', metaKey: true }).defaultPrevented).toBe(true);
    expect(onFind).toHaveBeenCalledTimes(2);
  });

  it('ignores other keys and chords, and does nothing while disabled', async () => {
    const onFind = vi.fn();
    await render(<Shortcut onFind={onFind} />);
    press({ key: 'f' });
    press({ key: 'f', ctrlKey: true, shiftKey: true });
    press({ key: 'f', ctrlKey: true, altKey: true });
    press({ key: 'g', ctrlKey: true });
    await cleanup();
    await render(<Shortcut onFind={onFind} enabled={false} />);

    expect(press({ key: 'f', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(onFind).not.toHaveBeenCalled();
  });
});
