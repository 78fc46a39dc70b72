import type { CopydeskApi } from '@shared/contract/api';
import type { CopydeskEvents } from '@shared/contract/menuCommands';

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app; absent when the browser harness serves the page. */
    readonly copydesk?: CopydeskApi;
    /** The application menu's commands; absent in the browser harness, which has no menu. */
    readonly copydeskEvents?: CopydeskEvents;
  }
}

export {};
