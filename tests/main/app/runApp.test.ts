import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/contract/channels';
import { MENU_COMMAND_CHANNEL } from '@shared/contract/menuCommands';
import * as electron from '../../support/fake-electron/electron.cjs';

vi.mock('electron', async () => await import('../../support/fake-electron/electron.cjs'));

const { fake } = electron;
const mainDir = '/opt/copydesk/out/main';
const appPage = 'file:///opt/copydesk/out/renderer/index.html';

async function start() {
  const { runApp } = await import('../../../src/main/app/runApp');
  await runApp(mainDir);
  await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
  return fake.BrowserWindow.instances[0]!;
}

function invoke(channel: string, input: unknown, url = appPage) {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`${channel} was not registered`);
  return handler({ senderFrame: { url } }, input) as Promise<{ ok: boolean; error?: { code: string } }>;
}

let userData: string;

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'copydesk-runapp-'));
  fake.state.userData = userData;
  fake.state.calls.length = 0;
  fake.handlers.clear();
  fake.BrowserWindow.instances.length = 0;
  electron.app.removeAllListeners();
  fake.state.singleInstanceLock = true;
});

afterEach(async () => {
  electron.app.quit();
  // The library closes asynchronously; the folder can only go once it has.
  await vi.waitFor(() => expect(fake.state.calls.map((call) => call.kind)).toContain('quit'));
  await rm(userData, { recursive: true, force: true });
});

describe('runApp', () => {
  it('opens one window that is isolated, sandboxed and without Node', async () => {
    const window = await start();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(mainDir, '../preload/index.js'),
    });
    expect(fake.state.calls).toContainEqual({ kind: 'loadURL', url: appPage });
  });

  it('registers one handler per contract entry and nothing else', async () => {
    await start();
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a valid call and refuses bad input with a typed error', async () => {
    await start();
    const status = await invoke('library:status', {});
    expect(status.ok).toBe(true);
    const refused = await invoke('story:get', { id: '../../etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses calls from a frame that is not the app page', async () => {
    await start();
    const refused = await invoke('library:status', {}, 'https://evil.example/');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('installs a File menu whose Import… sends the window the import command', async () => {
    const window = await start();
    const menu = fake.state.applicationMenu!.template;
    const importItem = menu.flatMap((top) => top.submenu ?? []).find((entry) => entry.label === 'Import…');
    importItem!.click!();
    expect(fake.state.calls).toContainEqual({
      kind: 'webContents.send',
      channel: MENU_COMMAND_CHANNEL,
      args: ['import'],
    });
    expect(window.options.autoHideMenuBar).toBeUndefined();
  });

  it('seeds the library in the user-data folder on first run', async () => {
    await start();
    const list = (await invoke('story:list', {})) as unknown as { value: { items: { headline: string }[] } };
    expect(await readdir(join(userData, 'library'))).toContain('stories');
    expect(list.value.items.map((item) => item.headline)).toContain(
      'Ukraine, Russia Discuss Peace Talks Amid Continuing Violence',
    );
  });

  it('shows the window before the library has finished opening, and says so if it then cannot open', async () => {
    await mkdir(join(userData, 'library'), { recursive: true });
    const newer = { format: 99, createdAt: '2025-01-01T00:00:00.000Z' };
    await writeFile(join(userData, 'library', 'library.json'), JSON.stringify(newer));

    await start();

    await vi.waitFor(() =>
      expect(fake.state.calls).toContainEqual({
        kind: 'showErrorBox',
        title: 'Copydesk cannot open its library',
        content: expect.stringMatching(/newer version of Copydesk/),
      }),
    );
    expect(fake.state.calls).toContainEqual({ kind: 'exit', code: 1 });
    expect(await invoke('library:status', {})).toMatchObject({ ok: false, error: { code: 'storage' } });
  });

  it('denies new windows and navigation away from the app', async () => {
    const window = await start();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const away = { preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', home, appPage);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses every permission and sends the strict CSP with every response', async () => {
    await start();
    const granted = vi.fn();
    fake.defaultSession.permissionRequestHandler?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    let headers: Record<string, string[]> = {};
    fake.defaultSession.headersListener?.({ responseHeaders: {} }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers['Content-Security-Policy']?.[0]).toContain("script-src 'self'");
  });

  it('loads the dev server, without the strict CSP header its hot reload cannot live with', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    try {
      await start();
      expect(fake.state.calls).toContainEqual({ kind: 'loadURL', url: 'http://localhost:5173' });
      expect(fake.state.calls.map((call) => call.kind)).not.toContain('onHeadersReceived');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('on quit, closes the windows first and flushes the library only once they are gone', async () => {
    const window = await start();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    electron.app.quit();
    expect(close).toHaveBeenCalled();
    expect(fake.state.calls.map((call) => call.kind)).not.toContain('quit');
    expect(await invoke('story:list', {}), 'a window that is still saving needs the library').toMatchObject({
      ok: true,
    });
    close.mockRestore();
    window.close();
    await vi.waitFor(() => expect(fake.state.calls.map((call) => call.kind)).toContain('quit'));
    expect(await invoke('story:list', {})).toMatchObject({ ok: false, error: { code: 'storage' } });
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.state.singleInstanceLock = false;
    const { runApp } = await import('../../../src/main/app/runApp');
    await runApp(mainDir);
    expect(fake.state.calls.map((call) => call.kind)).toContain('quit');
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });
});
