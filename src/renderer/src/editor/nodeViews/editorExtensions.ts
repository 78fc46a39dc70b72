import type { AnyExtension } from '@tiptap/core';
import { storyExtensions } from '@shared/editor/storyExtensions';
import { FindReplace } from '../find/FindReplace';
import { PasteCleanup } from '../paste/PasteCleanup';
import { AttributionWithView } from './creditView';
import { DatelineWithView } from './datelineView';
import { FieldFocus } from './FieldFocus';
import { NativeTypingScroll } from './NativeTypingScroll';
import { QuoteAttributionWithView } from './quoteAttributionView';
import { QuoteWithView } from './QuoteView';
import { SelectionBlock } from './SelectionBlock';

const WITH_VIEWS: Record<string, AnyExtension> = {
  dateline: DatelineWithView,
  quote: QuoteWithView,
  quoteAttribution: QuoteAttributionWithView,
  attribution: AttributionWithView,
};

/**
 * The shared story schema with the editor's node views in place of the plain nodes they extend, plus what
 * only an editing session needs: field focus, paste cleanup, find and replace.
 */
export function editorExtensions(): AnyExtension[] {
  return [
    ...storyExtensions().map((extension) => WITH_VIEWS[extension.name] ?? extension),
    FieldFocus,
    SelectionBlock,
    NativeTypingScroll,
    PasteCleanup,
    FindReplace,
  ];
}
