import type { CopydeskApi } from '@shared/contract/api';

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app; absent when the browser harness serves the page. */
    readonly copydesk?: CopydeskApi;
  }
}

export {};
