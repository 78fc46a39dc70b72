import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '@shared/contract/api';
import { type CopydeskEvents, MENU_COMMAND_CHANNEL, isMenuCommand } from '@shared/contract/menuCommands';

// The page gets the contract's named calls and nothing else: no ipcRenderer, no generic invoke.
contextBridge.exposeInMainWorld(
  'copydesk',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);

const events: CopydeskEvents = {
  onMenuCommand: (listener) => {
    // Only a known command reaches the page, and never the IPC event object with its sender.
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  },
};
contextBridge.exposeInMainWorld('copydeskEvents', events);
