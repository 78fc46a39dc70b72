import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';

interface FormattingToolbarProps {
  editor: Editor;
  disabled: boolean;
}

export function FormattingToolbar({ editor, disabled }: FormattingToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      subhead: current.isActive('heading', { level: 2 }),
      bulletList: current.isActive('bulletList'),
    }),
  });

  const buttons = [
    { label: 'Bold', pressed: active.bold, run: () => editor.chain().focus().toggleBold().run() },
    { label: 'Italic', pressed: active.italic, run: () => editor.chain().focus().toggleItalic().run() },
    {
      label: 'Subhead',
      pressed: active.subhead,
      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      label: 'Bulleted list',
      pressed: active.bulletList,
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
  ];

  return (
    <div className="formatting-toolbar" role="toolbar" aria-label="Formatting">
      {buttons.map(({ label, pressed, run }) => (
        <button
          key={label}
          type="button"
          className={`format-button format-${label.toLowerCase().replace(' ', '-')}`}
          aria-pressed={pressed}
          disabled={disabled}
          // Keeping focus in the body keeps its selection, so typing right after a click lands formatted.
          onMouseDown={(event) => event.preventDefault()}
          onClick={run}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
