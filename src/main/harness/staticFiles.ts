import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from './contentTypes';
import { sendMethodNotAllowed, sendText } from './responses';

/**
 * Browsers fetch a favicon unasked and Electron never does, so a build need not have one; answering
 * 404 would log a console error in every browser session that the app did not cause.
 */
const FAVICON_PATH = '/favicon.ico';

function decodeSegments(urlPath: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded === '/') return ['index.html'];
  const segments = decoded.slice(1).split('/');
  // Empty segments would let "//etc/passwd" read as absolute; dot segments are how traversal starts.
  const unsafe = segments.some((segment) => segment === '' || segment === '.' || segment === '..');
  return unsafe ? undefined : segments;
}

/**
 * The file a URL path names inside `root`, or undefined when there is none. Checked after resolving
 * symlinks too, so a link inside the build folder cannot lead out of it either.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | undefined> {
  const segments = decodeSegments(urlPath);
  if (!segments) return undefined;
  try {
    const realRoot = await realpath(root);
    const file = await realpath(join(realRoot, ...segments));
    if (!file.startsWith(realRoot + sep)) return undefined;
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export async function serveStaticFile(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  urlPath: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendMethodNotAllowed(response, 'GET, HEAD');
  }
  const file = await resolveStaticFile(root, urlPath);
  if (!file) {
    if (urlPath !== FAVICON_PATH) return sendText(response, 404, 'Not found');
    response.writeHead(204);
    response.end();
    return;
  }
  const { size } = await stat(file);
  response.writeHead(200, { 'Content-Type': contentTypeFor(file), 'Content-Length': size });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await pipeline(createReadStream(file), response);
}
