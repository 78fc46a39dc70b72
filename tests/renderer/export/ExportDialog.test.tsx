import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { FakeLibrary } from '../support/fakeLibrary';
import { click, getByRole, queryByRole, typeInto } from '../support/queries';
import { cleanup, settle, waitFor } from '../support/render';
import { renderApp } from '../support/renderApp';
import { openStory, typeInBody } from '../support/storyEditor';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

async function openExport(draft: { status?: 'draft' | 'approved' } = {}) {
  const library = new FakeLibrary();
  library.add({ headline: 'Talks resume', slug: 'talks-resume', ...draft });
  const { container } = await renderApp(library);
  await openStory(container, 'Talks resume');
  await click(getByRole(container, 'button', 'Export'));
  await settle();
  const dialog = getByRole(container, 'dialog', 'Export story');
  return { library, container, dialog };
}

describe('the export dialog', () => {
  it('warns about a story the desk has not approved, and not about an approved one', async () => {
    const draft = await openExport({ status: 'draft' });
    expect(draft.dialog.querySelector('.export-warning')?.textContent).toMatch(/draft, not approved/);
    await cleanup();

    const approved = await openExport({ status: 'approved' });
    expect(approved.dialog.querySelector('.export-warning')).toBeNull();
  });

  it('saves unsaved edits before it previews or exports anything', async () => {
    const library = new FakeLibrary();
    library.add({ headline: 'Talks resume' });
    const { container } = await renderApp(library);
    await openStory(container, 'Talks resume');
    await typeInBody(container, ' More.');

    await click(getByRole(container, 'button', 'Export'));
    await settle();

    const channels = library.calls.map((call) => call.channel);
    expect(channels.indexOf('story:save')).toBeGreaterThan(-1);
    expect(channels.indexOf('story:save')).toBeLessThan(channels.indexOf('export:preview'));
  });

  it('previews the chosen format, and writes the chosen formats to the folder', async () => {
    const { library, dialog } = await openExport();
    await waitFor(() => expect(dialog.querySelector('pre')?.textContent).toBe('html of Talks resume'));

    await click(getByRole(dialog, 'checkbox', 'Format nitf'));
    await settle();
    expect(dialog.querySelector('pre')?.textContent).toBe('nitf of Talks resume');
    await click(getByRole(dialog, 'checkbox', 'Format pdf'));
    await settle();
    expect(dialog.querySelector('.export-preview-note')?.textContent).toMatch(/talks-resume\.pdf: 2\.0 KB/);

    const exportFiles = getByRole(dialog, 'button', 'Export files');
    expect(exportFiles).toHaveProperty('disabled', true);
    await typeInto(getByRole(dialog, 'textbox', 'Folder'), '/home/desk/out');
    await click(exportFiles);
    await settle();

    expect(library.callsOf('export:write')).toEqual([
      { ids: [expect.any(String)], formats: ['nitf', 'pdf'], folder: '/home/desk/out', textWidth: null },
    ]);
    expect(getByRole(dialog, 'status').textContent).toContain('Wrote 2 files to /home/desk/out.');
  });

  it('says why when there is no folder picker, and fills the folder when there is', async () => {
    const { library, dialog } = await openExport();
    await click(getByRole(dialog, 'button', 'Choose…'));
    await settle();
    expect(getByRole(dialog, 'status').textContent).toMatch(/cannot show a folder picker/);

    library.chosenFolder = '/media/usb/exports';
    await click(getByRole(dialog, 'button', 'Choose…'));
    await settle();
    expect(getByRole(dialog, 'textbox', 'Folder')).toHaveProperty('value', '/media/usb/exports');
  });

  it('copies the story as HTML with a plain-text alternative, and as plain text', async () => {
    const written: { types: string[]; texts: string[] }[] = [];
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly items: Record<string, Blob>) {}
      },
    );
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        write: async (items: { items: Record<string, Blob> }[]) => {
          const entries = Object.entries(items[0]!.items);
          written.push({
            types: entries.map(([type]) => type),
            texts: await Promise.all(entries.map(([, blob]) => blob.text())),
          });
        },
        writeText: async (text: string) => written.push({ types: ['text/plain'], texts: [text] }),
      },
    });
    onTestFinished(() => {
      Reflect.deleteProperty(navigator, 'clipboard');
    });
    const { dialog } = await openExport();

    await click(getByRole(dialog, 'button', 'Copy as HTML'));
    await settle();
    await click(getByRole(dialog, 'button', 'Copy as plain text'));
    await settle();

    expect(written).toEqual([
      {
        types: ['text/html', 'text/plain'],
        texts: ['html-fragment of Talks resume', 'text of Talks resume'],
      },
      { types: ['text/plain'], texts: ['text of Talks resume'] },
    ]);
    expect(getByRole(dialog, 'status').textContent).toContain('Copied as plain text.');
  });

  it('closes on Close', async () => {
    const { container, dialog } = await openExport();
    await click(getByRole(dialog, 'button', 'Close'));
    expect(queryByRole(container, 'dialog', 'Export story')).toBeNull();
  });
});
