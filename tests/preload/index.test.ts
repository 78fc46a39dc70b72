import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/contract/channels';
import { type CopydeskEvents, MENU_COMMAND_CHANNEL } from '@shared/contract/menuCommands';
import * as electron from '../support/fake-electron/electron.cjs';

vi.mock('electron', async () => await import('../support/fake-electron/electron.cjs'));

type ExposedApi = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

describe('preload', () => {
  it('exposes exactly the contract calls as window.copydesk', async () => {
    await import('../../src/preload/index');
    const api = electron.fake.exposed.copydesk as ExposedApi;
    const exposed = Object.entries(api).flatMap(([domain, calls]) =>
      Object.keys(calls).map((action) => `${domain}:${action}`),
    );
    expect(exposed.sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.story)).toBe(true);
  });

  it('sends each call on its own channel', async () => {
    await import('../../src/preload/index');
    const api = electron.fake.exposed.copydesk as ExposedApi;
    const input = { id: '3f1e2d4c-5b6a-4789-8abc-def012345678' };
    await api.story!.get!(input);
    expect(electron.fake.invocations).toContainEqual({ channel: 'story:get', input });
  });

  it('forwards only known menu commands to the page, without the IPC event, until it stops listening', async () => {
    await import('../../src/preload/index');
    const events = electron.fake.exposed.copydeskEvents as CopydeskEvents;
    const heard: unknown[] = [];
    const stop = events.onMenuCommand((command) => heard.push(command));
    const sender = { sender: 'ipc event' };
    electron.fake.rendererEvents.emit(MENU_COMMAND_CHANNEL, sender, 'import');
    electron.fake.rendererEvents.emit(MENU_COMMAND_CHANNEL, sender, 'format-disk');
    stop();
    electron.fake.rendererEvents.emit(MENU_COMMAND_CHANNEL, sender, 'import');
    expect(heard).toEqual(['import']);
    expect(Object.keys(electron.fake.exposed).sort()).toEqual(['copydesk', 'copydeskEvents']);
  });
});
