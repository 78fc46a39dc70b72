import type { ExportResources } from '@shared/export/exportFormat';

/** What only the desktop app can offer the handlers: the system's pickers. The harness has none. */
export interface DesktopHost {
  /** Shows the system's folder picker; null where there is none. */
  chooseFolder: (() => Promise<string | null>) | null;
  /** Shows the system's open dialog for files to import; null where there is none. */
  chooseImportFiles: (() => Promise<string[]>) | null;
  resources: ExportResources;
}
