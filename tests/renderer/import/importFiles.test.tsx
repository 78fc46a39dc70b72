import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '@shared/contract/menuCommands';
import { FakeLibrary } from '../support/fakeLibrary';
import { getByRole } from '../support/queries';
import { cleanup, settle, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';

afterEach(cleanup);

const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

async function choose(container: HTMLElement, files: File[]) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('importing files', () => {
  it('imports every chosen file, lists the new stories and shows what each report recognized and dropped', async () => {
    const library = new FakeLibrary();
    const { container } = await renderApp(library);

    await choose(container, [textFile('talks.txt', 'Talks resume\n\nBody'), textFile('bad.txt', 'x')]);

    const report = await waitFor(() => getByRole(container, 'dialog', 'Import report'));
    expect(getByRole(report, 'status').textContent).toBe('1 of 2 files imported.');
    expect(report.textContent).toContain('talks.txt → “Talks resume”');
    expect(report.textContent).toContain('“Connect with us” (web boilerplate)');
    expect(report.textContent).toContain('bad.txt: not imported');
    expect(report.textContent).toContain('The file is not text.');
    expect(library.callsOf('import:file')).toHaveLength(2);
    await waitFor(() =>
      expect(getByRole(container, 'list', 'Stories').textContent).toContain('Talks resume'),
    );
  });

  it('takes files dropped on the library window', async () => {
    const library = new FakeLibrary();
    const { container } = await renderApp(library);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { types: ['Files'], files: [textFile('dropped.txt', 'Dropped story')] },
    });

    await act(async () => {
      getByRole(container, 'navigation', 'Library').dispatchEvent(drop);
    });
    await settle();

    expect(drop.defaultPrevented).toBe(true);
    expect(library.callsOf('import:file')).toEqual([{ name: 'dropped.txt', data: btoa('Dropped story') }]);
  });

  it('imports what the user picks after File > Import…, with the same report', async () => {
    const library = new FakeLibrary();
    library.dialogFiles = new Map([
      ['wire.txt', 'Wire story'],
      ['bad.bin', 'x'],
    ]);
    let menu: ((command: MenuCommand) => void) | undefined;
    const { container } = await renderApp(library, {
      onMenuCommand: (listener) => {
        menu = listener;
        return () => (menu = undefined);
      },
    });

    await act(async () => menu!('import'));
    await settle();

    const report = await waitFor(() => getByRole(container, 'dialog', 'Import report'));
    expect(getByRole(report, 'status').textContent).toBe('1 of 2 files imported.');
    expect(report.textContent).toContain('wire.txt → “Wire story”');
    expect(library.callsOf('import:chosen')).toHaveLength(2);
  });

  it('says so when there is no file dialog to show', async () => {
    const library = new FakeLibrary();
    let menu: ((command: MenuCommand) => void) | undefined;
    const { container } = await renderApp(library, {
      onMenuCommand: (listener) => ((menu = listener), () => undefined),
    });

    await act(async () => menu!('import'));
    await settle();

    const report = await waitFor(() => getByRole(container, 'dialog', 'Import report'));
    expect(report.textContent).toContain('no file dialog');
  });
});
