import type { EditorNodeJson } from '../story/editorDocument';
import type { QuoteEntry } from '../story/story';
import type { RecognizedQuote } from './recognize/recognizedCopy';

export const paragraph = (text: string): EditorNodeJson => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

/** The quote block a paragraph that is only a quote and its attribution becomes. */
export function quoteBlock(quote: RecognizedQuote): EditorNodeJson {
  return {
    type: 'quote',
    attrs: { display: 'blockquote' },
    content: [
      { type: 'quoteText', content: [paragraph(quote.text)] },
      {
        type: 'quoteAttribution',
        attrs: {
          speaker: quote.speaker,
          title: quote.title,
          organization: quote.organization,
          context: quote.context,
        },
      },
    ],
  };
}

export function quoteEntry({
  text,
  speaker,
  title,
  organization,
  context,
  verb,
  standalone,
}: RecognizedQuote): QuoteEntry {
  return { text, speaker, title, organization, context, verb, standalone };
}
