import { describe, expect, it } from 'vitest';
import { chooseImportFilesWith } from '../../../src/main/app/chooseImportFilesWith';

describe('chooseImportFilesWith', () => {
  it('opens a multi-file picker on the focused window, offering the formats Copydesk reads', async () => {
    const calls: unknown[][] = [];
    const window = { id: 1 } as never;
    const choose = chooseImportFilesWith(
      {
        showOpenDialog: async (...args: unknown[]) => {
          calls.push(args);
          return { canceled: false, filePaths: ['/home/desk/a.txt', '/home/desk/b.txt'] };
        },
      } as never,
      () => window,
    );
    expect(await choose()).toEqual(['/home/desk/a.txt', '/home/desk/b.txt']);
    expect(calls[0]![0]).toBe(window);
    const options = calls[0]![1] as { properties: string[]; filters: { extensions: string[] }[] };
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters[0]!.extensions).toContain('txt');
  });

  it('answers no files when the user cancels, and works without a focused window', async () => {
    const choose = chooseImportFilesWith(
      { showOpenDialog: async () => ({ canceled: true, filePaths: ['/ignored'] }) } as never,
      () => null,
    );
    expect(await choose()).toEqual([]);
  });
});
