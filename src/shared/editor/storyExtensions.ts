import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Attribution } from './nodes/attribution';
import { Dateline } from './nodes/dateline';
import { EditorNote } from './nodes/editorNote';
import { Quote } from './nodes/quote';
import { QuoteAttribution } from './nodes/quoteAttribution';
import { QuoteText } from './nodes/quoteText';

/** The story schema, shared by the editor and every exporter so they can never disagree on a document. */
export function storyExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      blockquote: false,
      link: { openOnClick: false, autolink: true },
    }),
    Dateline,
    Quote,
    QuoteText,
    QuoteAttribution,
    Attribution,
    EditorNote,
  ];
}
