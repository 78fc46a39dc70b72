import type { EventEmitter } from 'node:events';

export interface FakeCall {
  kind: string;
  [detail: string]: unknown;
}
export interface MenuTemplateItem {
  label?: string;
  role?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}
export interface FakeWindow extends EventEmitter {
  close(): void;
  options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  webContents: EventEmitter & { windowOpenHandler?: (details: { url: string }) => { action: string } };
}
export declare const app: EventEmitter & { quit(): void };
export declare const BrowserWindow: { instances: FakeWindow[]; getAllWindows(): FakeWindow[] };
export declare let onCall: ((call: FakeCall) => void) | undefined;
export declare const fake: {
  state: {
    calls: FakeCall[];
    userData: string;
    singleInstanceLock: boolean;
    applicationMenu?: { template: MenuTemplateItem[] };
  };
  rendererEvents: EventEmitter;
  handlers: Map<string, (event: unknown, input: unknown) => unknown>;
  exposed: Record<string, unknown>;
  invocations: { channel: string; input: unknown }[];
  defaultSession: {
    permissionRequestHandler?: (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    headersListener?: (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
  };
  BrowserWindow: { instances: FakeWindow[] };
};
