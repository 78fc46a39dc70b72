const APPLE = /Mac|iPhone|iPad/;

export function onApple(platform = navigator.platform): boolean {
  return APPLE.test(platform);
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧' };
const PC_NAMES: Record<string, string> = { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
const ARIA_NAMES: Record<string, string> = { Alt: 'Alt', Shift: 'Shift' };

function split(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('-');
  return { modifiers: parts.slice(0, -1), key: (parts.at(-1) ?? '').toUpperCase() };
}

/** A ProseMirror key name as the writer reads it: `Mod-Alt-q` is "Ctrl+Alt+Q", or "⌘⌥Q" on a Mac. */
export function shortcutLabel(keys: string, apple = onApple()): string {
  const { modifiers, key } = split(keys);
  if (apple) return [...modifiers.map((name) => MAC_SYMBOLS[name] ?? name), key].join('');
  return [...modifiers.map((name) => PC_NAMES[name] ?? name), key].join('+');
}

/** The same keys for `aria-keyshortcuts`, which names modifiers the way the DOM does. */
export function ariaKeyShortcuts(keys: string, apple = onApple()): string {
  const { modifiers, key } = split(keys);
  const command = apple ? 'Meta' : 'Control';
  return [...modifiers.map((name) => (name === 'Mod' ? command : (ARIA_NAMES[name] ?? name))), key].join('+');
}
