import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '@shared/contract/result';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/window/contentSecurityPolicy';
import type { TestServer } from './support/testServer';
import { FAKE_INDEX_HTML, rawRequest, SECRET, startTestServer } from './support/testServer';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(async () => ok(null));
  await symlink(join(server.workDir, 'secret.txt'), join(server.staticRoot, 'link.txt'));
});

afterAll(() => server.close());

const get = (path: string) => rawRequest(server.port, { path });

describe('static files', () => {
  it('serves index.html for / with the security headers', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.body).toBe(FAKE_INDEX_HTML);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sets the content type from the extension', async () => {
    expect((await get('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/index.html?v=1')).headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const response = await rawRequest(server.port, { method: 'HEAD', path: '/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.headers['content-length']).toBe(String('console.log("app");'.length));
  });

  it('answers 404 for unknown files and folders, with the security headers', async () => {
    for (const path of ['/missing.js', '/assets', '/assets/', '/api']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers a favicon the build lacks with 204 rather than a 404 the console would report', async () => {
    const response = await get('/favicon.ico');
    expect(response.status).toBe(204);
    expect(response.body).toBe('');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await rawRequest(server.port, { method: 'POST', path: '/index.html', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/index.html%00.png',
    '/%',
    '/link.txt',
    '*',
    `http://127.0.0.1/../secret.txt`,
  ])('keeps %s inside the static root', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain('root:');
  });

  it('leaves a request target without a leading slash to Node, which refuses it', async () => {
    const response = await get('secret.txt');
    expect(response.status).toBe(400);
    expect(response.body).not.toContain(SECRET);
  });

  it('does not serve a file by its absolute path', async () => {
    const response = await get(join(server.workDir, 'secret.txt'));
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });
});
