import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLinkHref } from './link/safeLinkHref';
import { Attribution } from './nodes/attribution';
import { Dateline } from './nodes/dateline';
import { EditorNote } from './nodes/editorNote';
import { Quote } from './nodes/quote';
import { QuoteAttribution } from './nodes/quoteAttribution';
import { QuoteText } from './nodes/quoteText';
import { StoryDocument } from './nodes/storyDocument';

/** The story schema, shared by the editor and every exporter so they can never disagree on a document. */
export function storyExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      blockquote: false,
      link: { openOnClick: false, autolink: true, isAllowedUri: isSafeLinkHref },
    }),
    StoryDocument,
    Dateline,
    Quote,
    QuoteText,
    QuoteAttribution,
    Attribution,
    EditorNote,
  ];
}
