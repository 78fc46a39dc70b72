import { useState } from 'react';
import type { EditorOptions } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import { storyExtensions } from '@shared/editor/storyExtensions';
import type { EditorDocument } from '@shared/story/editorDocument';
import { FormattingToolbar } from './FormattingToolbar';

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
  onChange: (body: EditorDocument) => void;
}

/** The body editor starts from `initialBody` once; its parent remounts it to load another document. */
export function StoryBody({ initialBody, editable, onChange }: StoryBodyProps) {
  const [extensions] = useState(storyExtensions);
  const [content] = useState(initialBody);
  const editor = useEditor({
    extensions,
    content,
    editable,
    // The CSP forbids inline styles, so TipTap's base styles ship in styles/prosemirror.css instead.
    injectCSS: false,
    editorProps: editable ? EDITABLE_PROPS : READ_ONLY_PROPS,
    onUpdate: ({ editor: changed }) => onChange(changed.getJSON() as EditorDocument),
  });

  return (
    <div className="story-body-frame">
      <FormattingToolbar editor={editor} disabled={!editable} />
      <EditorContent editor={editor} className="story-body-scroll" />
    </div>
  );
}
