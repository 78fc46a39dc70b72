/** Commands the application menu sends the page; kept free of zod so the preload stays small. */
export const MENU_COMMANDS = ['import'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one channel main uses to speak first: a menu item the user chose. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** `window.copydeskEvents`: what main tells the page without being asked. */
export interface CopydeskEvents {
  /** Calls `listener` for each menu command; returns the function that stops listening. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}
