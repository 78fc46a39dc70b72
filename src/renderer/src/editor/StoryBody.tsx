import type { KeyboardEvent } from 'react';
import { useCallback, useState } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorOptions } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { EditorDocument } from '@shared/story/editorDocument';
import { FindReplacePanel } from './find/FindReplacePanel';
import { useFindShortcut } from './find/useFindShortcut';
import { FormattingToolbar } from './FormattingToolbar';
import { editorExtensions } from './nodeViews/editorExtensions';
import { isLinkShortcut } from './toolbar/linkShortcut';

const bodyAttributes = {
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': 'Story body',
  class: 'story-body',
};
const EDITABLE_PROPS: EditorOptions['editorProps'] = { attributes: bodyAttributes };
const READ_ONLY_PROPS: EditorOptions['editorProps'] = {
  attributes: { ...bodyAttributes, 'aria-readonly': 'true' },
};

interface StoryBodyProps {
  initialBody: EditorDocument;
  editable: boolean;
  /** Gets the new document itself: serializing a long story on every keystroke is left to whoever needs JSON. */
  onChange: (body: ProseMirrorNode) => void;
}

/** The body editor starts from `initialBody` once; its parent remounts it to load another document. */
export function StoryBody({ initialBody, editable, onChange }: StoryBodyProps) {
  const [extensions] = useState(editorExtensions);
  const [content] = useState(initialBody);
  const [linkOpen, setLinkOpen] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const openFind = useCallback(() => setFindOpen(true), []);
  useFindShortcut(openFind);
  const editor = useEditor({
    extensions,
    content,
    editable,
    // The CSP forbids inline styles, so TipTap's base styles ship in styles/prosemirror.css instead.
    injectCSS: false,
    // Its only job is to emit `delete` events, which nothing here listens to, and it sets a timer that
    // diffs the transaction after every keystroke to do it.
    enableCoreExtensions: { delete: false },
    editorProps: editable ? EDITABLE_PROPS : READ_ONLY_PROPS,
    onUpdate: ({ editor: changed }) => onChange(changed.state.doc),
  });

  const openLinkOnShortcut = (event: KeyboardEvent) => {
    if (!editable || !isLinkShortcut(event.nativeEvent) || !editor.view.dom.contains(event.target as Node))
      return;
    event.preventDefault();
    setLinkOpen(true);
  };

  return (
    <div className="story-body-frame" onKeyDown={openLinkOnShortcut}>
      <FormattingToolbar
        editor={editor}
        disabled={!editable}
        linkOpen={linkOpen}
        onLinkOpenChange={setLinkOpen}
        findOpen={findOpen}
        onFindOpenChange={setFindOpen}
      />
      {findOpen && <FindReplacePanel editor={editor} onClose={() => setFindOpen(false)} />}
      {/* Disabling the fieldset disables every field the node views draw, however many, at no cost per view. */}
      <fieldset className="story-body-fields" role="presentation" disabled={!editable}>
        <EditorContent editor={editor} className="story-body-scroll" />
      </fieldset>
    </div>
  );
}
