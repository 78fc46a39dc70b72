import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/contract/menuCommands';

/**
 * The application menu: File > Import… sends the page a command, so the page shows the same progress and
 * report as for dropped files; the rest are Electron's standard roles, which keep each platform's shortcuts.
 */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import') },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const menus: MenuItemConstructorOptions[] = [
    file,
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...menus] : menus;
}
