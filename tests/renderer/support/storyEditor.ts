import { act } from 'react';
import { expect, vi } from 'vitest';
import { editorOf } from './storyBody';
import { click, getByRole, queryByRole } from './queries';
import { waitFor } from './render';

/** Only the timers and the clock: React and happy-dom keep their own scheduling. */
export function installFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

export function statusText(container: HTMLElement): string {
  return getByRole(container, 'status').textContent ?? '';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function openStory(container: HTMLElement, headline: string): Promise<void> {
  const item = getByRole(
    getByRole(container, 'list', 'Stories'),
    'button',
    new RegExp(`^${escape(headline)}`),
  );
  await click(item);
  await waitFor(() =>
    expect((getByRole(container, 'textbox', 'Headline') as HTMLInputElement).value).toBe(headline),
  );
}

/** Types at the end of the body's last block, as a writer adding to the story would. */
export async function typeInBody(container: HTMLElement, text: string): Promise<void> {
  const editor = editorOf(getByRole(container, 'textbox', 'Story body'));
  await act(async () => {
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, text);
  });
}

/** The panel starts closed in a narrow pane, which is all a test DOM without layout ever has. */
export async function openDetails(container: HTMLElement): Promise<HTMLElement> {
  const open = queryByRole(container, 'complementary', 'Story details');
  if (open) return open;
  await click(getByRole(container, 'button', 'Story details'));
  return getByRole(container, 'complementary', 'Story details');
}
