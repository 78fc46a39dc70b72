import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { LINK_SHORTCUT } from './toolbar/linkShortcut';
import { LinkForm } from './toolbar/LinkForm';
import { ToolbarButton } from './toolbar/ToolbarButton';
import type { ToolbarAction } from './toolbar/toolbarActions';
import { BLOCK_ACTIONS, FORMAT_ACTIONS, HISTORY_ACTIONS } from './toolbar/toolbarActions';

interface FormattingToolbarProps {
  editor: Editor;
  disabled: boolean;
  linkOpen: boolean;
  onLinkOpenChange: (open: boolean) => void;
  findOpen: boolean;
  onFindOpenChange: (open: boolean) => void;
}

export function FormattingToolbar({
  editor,
  disabled,
  linkOpen,
  onLinkOpenChange,
  findOpen,
  onFindOpenChange,
}: FormattingToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      pressed: FORMAT_ACTIONS.map((action) => action.pressed?.(current) ?? false),
      link: current.isActive('link'),
      history: [undoDepth(current.state) > 0, redoDepth(current.state) > 0],
    }),
  });

  const button = (action: ToolbarAction, options: { pressed?: boolean; unavailable?: boolean } = {}) => (
    <ToolbarButton
      key={action.label}
      label={action.label}
      className={action.className}
      shortcut={action.shortcut}
      pressed={options.pressed}
      disabled={disabled || options.unavailable === true}
      onRun={() => action.run(editor)}
    />
  );

  return (
    <>
      <div className="formatting-toolbar" role="toolbar" aria-label="Formatting">
        <div className="toolbar-group" role="group" aria-label="Text">
          {FORMAT_ACTIONS.map((action, index) => button(action, { pressed: state.pressed[index] }))}
          <ToolbarButton
            label="Link"
            className="format-link"
            shortcut={LINK_SHORTCUT}
            expanded={linkOpen}
            active={state.link}
            disabled={disabled}
            onRun={() => onLinkOpenChange(!linkOpen)}
          />
        </div>
        <div className="toolbar-group" role="group" aria-label="Blocks">
          {BLOCK_ACTIONS.map((action) => button(action))}
        </div>
        <div className="toolbar-group" role="group" aria-label="History">
          {HISTORY_ACTIONS.map((action, index) => button(action, { unavailable: !state.history[index] }))}
        </div>
        <div className="toolbar-group" role="group" aria-label="Find">
          <ToolbarButton
            label="Find and replace"
            className="format-find"
            shortcut="Mod-f"
            expanded={findOpen}
            disabled={false}
            onRun={() => onFindOpenChange(!findOpen)}
          />
        </div>
      </div>
      {linkOpen && !disabled && <LinkForm editor={editor} onClose={() => onLinkOpenChange(false)} />}
    </>
  );
}
