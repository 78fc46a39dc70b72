import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  onApple,
  shortcutLabel,
} from '../../../../src/renderer/src/editor/toolbar/shortcutLabel';

describe('shortcut labels', () => {
  it.each([
    ['Mod-b', 'Ctrl+B', '⌘B', 'Control+B', 'Meta+B'],
    ['Mod-Alt-q', 'Ctrl+Alt+Q', '⌘⌥Q', 'Control+Alt+Q', 'Meta+Alt+Q'],
    ['Mod-Shift-z', 'Ctrl+Shift+Z', '⌘⇧Z', 'Control+Shift+Z', 'Meta+Shift+Z'],
    ['Mod-Alt-2', 'Ctrl+Alt+2', '⌘⌥2', 'Control+Alt+2', 'Meta+Alt+2'],
  ])('%s reads %s, or %s on a Mac', (keys, pc, mac, ariaPc, ariaMac) => {
    expect(shortcutLabel(keys, false)).toBe(pc);
    expect(shortcutLabel(keys, true)).toBe(mac);
    expect(ariaKeyShortcuts(keys, false)).toBe(ariaPc);
    expect(ariaKeyShortcuts(keys, true)).toBe(ariaMac);
  });

  it.each([
    ['MacIntel', true],
    ['iPad', true],
    ['Win32', false],
    ['Linux x86_64', false],
  ])('treats %s as Apple: %s', (platform, apple) => {
    expect(onApple(platform)).toBe(apple);
  });
});
