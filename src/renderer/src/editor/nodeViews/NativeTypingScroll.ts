import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Skips ProseMirror's scroll-to-selection after plain typing. The browser has already revealed its caret
 * when it inserted the typed text, and ProseMirror's own check measures the caret and forces a layout
 * to do it again: a quarter of a millisecond per keystroke in a long story. Every other transaction
 * (Enter, paste, commands, typing that an input rule rewrote) still scrolls as usual.
 */
export const NativeTypingScroll = Extension.create({
  name: 'nativeTypingScroll',

  addProseMirrorPlugins() {
    let typing = false;
    return [
      new Plugin({
        key: new PluginKey('nativeTypingScroll'),
        props: {
          // Called just before ProseMirror dispatches the text the browser typed; it declines to handle it.
          handleTextInput: () => {
            typing = true;
            // The dispatch, and the scroll after it, run synchronously within this call's task.
            queueMicrotask(() => (typing = false));
            return false;
          },
          handleScrollToSelection: () => {
            const skip = typing;
            typing = false;
            return skip;
          },
        },
      }),
    ];
  },
});
