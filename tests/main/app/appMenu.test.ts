import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../src/main/app/appMenu';

// The template's own item type, named without importing electron (which would fetch its runtime).
type MenuItemConstructorOptions = ReturnType<typeof appMenuTemplate>[number];

function item(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return menu
    .flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : []))
    .find((entry) => entry.label === label);
}

describe('appMenuTemplate', () => {
  it('has File > Import…, which sends the page the import command', () => {
    const sent: string[] = [];
    const menu = appMenuTemplate('linux', (command) => sent.push(command));
    expect(menu[0]!.label).toBe('File');
    const importItem = item(menu, 'Import…')!;
    expect(importItem.accelerator).toBe('CmdOrCtrl+Shift+O');
    (importItem.click as () => void)();
    expect(sent).toEqual(['import']);
  });

  it('puts the application menu first on macOS and closes the window there instead of quitting', () => {
    const mac = appMenuTemplate('darwin', () => undefined);
    expect(mac[0]).toEqual({ role: 'appMenu' });
    const file = mac[1]!.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)).toEqual({ role: 'close' });
    const linuxFile = appMenuTemplate('linux', () => undefined)[0]!.submenu as MenuItemConstructorOptions[];
    expect(linuxFile.at(-1)).toEqual({ role: 'quit' });
  });
});
