import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MARKER = join('standards', 'nitf', 'nitf-3-6.xsd');

/**
 * The folder holding the standards' schemas and the PDF fonts. A packaged app has them in Electron's
 * resources folder (see electron-builder.yml); the built app, the command line and the tests find the
 * project's `resources/` above their own file, however deep the build or the source put it.
 */
export function resourcesDir(from: string = __dirname): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, MARKER))) return packaged;
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'resources');
    if (existsSync(join(candidate, MARKER))) return candidate;
    if (dirname(folder) === folder) {
      throw new Error(`Copydesk's resources (standards and fonts) are missing: none above ${from}.`);
    }
  }
}
