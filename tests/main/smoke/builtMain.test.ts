import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/contract/channels';

const root = resolve(__dirname, '../../..');
const builtMain = join(root, 'out/main/index.js');
const builtPreload = join(root, 'out/preload/index.js');
const register = join(root, 'tests/support/fake-electron/register.cjs');

interface Call {
  kind: string;
  options?: { webPreferences: Record<string, unknown> };
  channel?: string;
  url?: string;
  modulePath?: string;
}

const searchIndexOf = (userData: string) => join(userData, 'library', 'search', 'index.dat');

async function runBuiltMain(userData: string, report: string): Promise<Call[]> {
  const child = spawn(process.execPath, ['-r', register, builtMain], {
    env: { ...process.env, FAKE_ELECTRON_USER_DATA: userData, FAKE_ELECTRON_REPORT: report },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 20_000;
  try {
    while (Date.now() < deadline) {
      const text = existsSync(report) ? await readFile(report, 'utf8') : '';
      const calls = text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Call);
      // The page is loaded and the search index, built in its own process, has been written.
      if (calls.some((call) => call.kind === 'loadURL') && existsSync(searchIndexOf(userData))) return calls;
      if (child.exitCode !== null) throw new Error(`The built main exited early: ${stderr}`);
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`The built main never loaded its page and wrote its search index: ${stderr}`);
  } finally {
    child.kill('SIGKILL');
  }
}

describe('the built main bundle under Node with a fake electron', () => {
  let userData: string;
  let calls: Call[];

  beforeAll(async () => {
    if (!existsSync(builtMain)) throw new Error('out/main/index.js is missing: run `npm run build` first.');
    userData = await mkdtemp(join(tmpdir(), 'copydesk-smoke-'));
    calls = await runBuiltMain(userData, join(userData, 'report.jsonl'));
  }, 30_000);

  afterAll(() => rm(userData, { recursive: true, force: true }));

  it('opens a window with the security settings', () => {
    const window = calls.find((call) => call.kind === 'BrowserWindow');
    expect(window?.options?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(window?.options?.webPreferences.preload)).toBe(builtPreload);
    expect(calls.map((call) => call.kind)).toContain('setWindowOpenHandler');
    expect(calls.map((call) => call.kind)).toContain('requestSingleInstanceLock');
  });

  it('registers every contract call and loads the built page', () => {
    const registered = calls.filter((call) => call.kind === 'ipcMain.handle').map((call) => call.channel);
    expect(registered.sort()).toEqual([...CHANNELS].sort());
    const page = calls.find((call) => call.kind === 'loadURL')?.url ?? '';
    expect(page).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/);
  });

  it('creates and seeds the library in the user-data folder', async () => {
    // The window opens as soon as the first page can be asked for; the full open, which seeds, goes on after.
    const storyFiles = async () =>
      (await readdir(join(userData, 'library', 'stories')).catch(() => [])).filter((name) =>
        name.endsWith('.json'),
      );
    await expect.poll(async () => (await storyFiles()).length).toBe(1);
  });

  it('builds and writes the search index in a utility process of its own', () => {
    const fork = calls.find((call) => call.kind === 'utilityProcess.fork');
    expect(fork?.modulePath).toBe(join(root, 'out/main/searchWorker.js'));
    expect(existsSync(searchIndexOf(userData))).toBe(true);
  });

  it('ships a preload that needs nothing but electron, as a sandbox requires', async () => {
    const preload = await readFile(builtPreload, 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
