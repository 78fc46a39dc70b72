import type { FormEvent, KeyboardEvent } from 'react';
import { useId, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { applyLink, removeLink } from './applyLink';
import { linkHrefFrom } from './linkHref';

interface LinkFormProps {
  editor: Editor;
  onClose: () => void;
}

/** Asks for a link's address in the toolbar itself: no prompt(), which Electron does not support anyway. */
export function LinkForm({ editor, onClose }: LinkFormProps) {
  const id = useId();
  const [typed, setTyped] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [refused, setRefused] = useState(false);
  const linked = editor.isActive('link');

  const finish = (change: () => void) => {
    change();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = linkHrefFrom(typed);
    if (href) finish(() => applyLink(editor, href, typed.trim()));
    else setRefused(true);
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    finish(() => editor.commands.focus());
  };

  return (
    <form className="link-form" aria-label="Link" onSubmit={submit} onKeyDown={cancelOnEscape}>
      <label htmlFor={id}>Link URL</label>
      <input
        id={id}
        type="text"
        inputMode="url"
        autoFocus
        value={typed}
        placeholder="https://…"
        aria-invalid={refused}
        aria-describedby={refused ? `${id}-problem` : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setRefused(false);
        }}
      />
      <button type="submit">Apply link</button>
      {linked && (
        <button type="button" onClick={() => finish(() => removeLink(editor))}>
          Remove link
        </button>
      )}
      <button type="button" onClick={() => finish(() => editor.commands.focus())}>
        Cancel
      </button>
      {refused && (
        <p id={`${id}-problem`} className="link-problem" role="alert">
          A link must be a web address (https://…) or an e-mail address.
        </p>
      )}
    </form>
  );
}
