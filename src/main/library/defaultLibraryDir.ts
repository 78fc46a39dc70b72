import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Copydesk';

interface Platform {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

/**
 * Where the desktop app keeps its library: Electron's `userData` folder for an app named Copydesk, plus
 * `library`. Worked out without Electron, so the command line finds the same folder the app uses.
 */
export function defaultLibraryDir({ platform, env, home }: Platform): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, APP_FOLDER_NAME, 'library');
}
