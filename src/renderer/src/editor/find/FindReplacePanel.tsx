import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { activeFind } from './FindReplace';
import { findStatus } from './findStatus';
import { useFindShortcut } from './useFindShortcut';

interface FindReplacePanelProps {
  editor: Editor;
  onClose: () => void;
}

/** A short selection is what the writer most likely wants to find; a long one is not a search. */
function initialQuery(editor: Editor): string {
  const { from, to } = editor.state.selection;
  const selected = editor.state.doc.textBetween(from, to, '\n');
  return selected.length <= 100 && !selected.includes('\n') ? selected : '';
}

/** Find and replace in the story body; the search lives in the FindReplace extension while this is open. */
export function FindReplacePanel({ editor, onClose }: FindReplacePanelProps) {
  const [query, setQuery] = useState(() => initialQuery(editor));
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const findInput = useRef<HTMLInputElement>(null);
  const { status, hasMatches, editable } = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const find = activeFind(current.state);
      return {
        status: findStatus(find),
        hasMatches: (find?.matches.length ?? 0) > 0,
        editable: current.isEditable,
      };
    },
  });

  const focusFind = useCallback(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, []);
  useFindShortcut(focusFind);
  useEffect(focusFind, [focusFind]);

  useEffect(() => {
    editor.commands.setFindQuery(query, { caseSensitive });
  }, [editor, query, caseSensitive]);
  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.commands.clearFind();
    },
    [editor],
  );

  function close() {
    onClose();
    editor.commands.focus();
  }

  function onPanelKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  }

  function onFindKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.shiftKey) editor.commands.findPrevious();
    else editor.commands.findNext();
  }

  function onReplaceKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    editor.commands.replaceCurrent(replacement);
  }

  return (
    <div className="find-panel" role="search" aria-label="Find and replace" onKeyDown={onPanelKeyDown}>
      <div className="find-row">
        <input
          ref={findInput}
          type="text"
          className="find-input"
          aria-label="Find"
          placeholder="Find"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onFindKeyDown}
        />
        <span className="find-status" aria-live="polite">
          {status}
        </span>
        <button type="button" disabled={!hasMatches} onClick={() => editor.commands.findPrevious()}>
          Previous match
        </button>
        <button type="button" disabled={!hasMatches} onClick={() => editor.commands.findNext()}>
          Next match
        </button>
        <label className="find-case">
          <input
            type="checkbox"
            checked={caseSensitive}
            onChange={(event) => setCaseSensitive(event.target.checked)}
          />
          Match case
        </label>
        <button type="button" className="quiet find-close" onClick={close}>
          Close find
        </button>
      </div>
      <div className="find-row">
        <input
          type="text"
          className="find-input"
          aria-label="Replace with"
          placeholder="Replace with"
          value={replacement}
          readOnly={!editable}
          onChange={(event) => setReplacement(event.target.value)}
          onKeyDown={onReplaceKeyDown}
        />
        <button
          type="button"
          disabled={!hasMatches || !editable}
          onClick={() => editor.commands.replaceCurrent(replacement)}
        >
          Replace
        </button>
        <button
          type="button"
          disabled={!hasMatches || !editable}
          onClick={() => editor.commands.replaceAll(replacement)}
        >
          Replace all
        </button>
      </div>
    </div>
  );
}
