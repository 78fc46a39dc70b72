// @vitest-environment happy-dom
import { getExtensionField, getSchemaTypeByName } from '@tiptap/core';
import type { KeyboardShortcutCommand } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { BLOCK_SHORTCUTS } from '@shared/editor/storyShortcuts';
import { doc, paragraph, storyEditor } from './support/storyEditor';

describe('the block shortcuts', () => {
  it('are each bound once, by their own block, and take no key StarterKit binds', () => {
    const editor = storyEditor(doc(paragraph()));
    const owners = new Map<string, string[]>();
    for (const extension of editor.extensionManager.extensions) {
      const addShortcuts = getExtensionField<() => Record<string, KeyboardShortcutCommand>>(
        extension,
        'addKeyboardShortcuts',
        {
          name: extension.name,
          options: extension.options,
          storage: extension.storage,
          editor,
          type: getSchemaTypeByName(extension.name, editor.schema),
        },
      );
      for (const key of Object.keys(addShortcuts?.() ?? {})) {
        const normalized = key.toLowerCase();
        owners.set(normalized, [...(owners.get(normalized) ?? []), extension.name]);
      }
    }

    expect(Object.values(BLOCK_SHORTCUTS).map((key) => owners.get(key.toLowerCase()))).toEqual([
      ['dateline'],
      ['quote'],
      ['attribution'],
      ['editorNote'],
    ]);
  });
});
