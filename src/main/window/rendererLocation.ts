import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  /** What the window loads: the dev server in development, the built page otherwise. */
  url: string;
  /** Whether a frame at this URL is the app's own page. */
  isAppUrl(url: string): boolean;
}

export function rendererLocation(mainDir: string, devServerUrl: string | undefined): RendererLocation {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return { url: devServerUrl, isAppUrl: (url) => url.startsWith(`${origin}/`) || url === origin };
  }
  const page = pathToFileURL(join(mainDir, '../renderer/index.html')).href;
  return { url: page, isAppUrl: (url) => url.split('#')[0] === page };
}
