import { describe, expect, it } from 'vitest';
import { chooseFolderWith } from '../../../src/main/app/chooseFolderWith';

describe('chooseFolderWith', () => {
  it('opens a folder picker on the focused window and answers its choice', async () => {
    const calls: unknown[][] = [];
    const window = { id: 1 } as never;
    const choose = chooseFolderWith(
      {
        showOpenDialog: async (...args: unknown[]) => {
          calls.push(args);
          return { canceled: false, filePaths: ['/home/desk/exports'] };
        },
      } as never,
      () => window,
    );
    expect(await choose()).toBe('/home/desk/exports');
    expect(calls[0]![0]).toBe(window);
    expect(calls[0]![1]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
  });

  it('answers null when the writer cancels, and works without a focused window', async () => {
    const choose = chooseFolderWith(
      { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) } as never,
      () => null,
    );
    expect(await choose()).toBeNull();
  });
});
