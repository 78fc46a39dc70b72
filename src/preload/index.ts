import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '@shared/contract/api';

// The page gets the contract's named calls and nothing else: no ipcRenderer, no generic invoke.
contextBridge.exposeInMainWorld(
  'copydesk',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
