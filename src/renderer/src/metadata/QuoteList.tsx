import { useId } from 'react';
import type { QuoteEntry } from '@shared/story/story';

/** The quotes an import found, with who said them and how, for the desk to check against the copy. */
export function QuoteList({ quotes }: { quotes: readonly QuoteEntry[] }) {
  const headingId = useId();
  if (quotes.length === 0) return null;
  return (
    <section className="quote-list" aria-labelledby={headingId}>
      <h3 id={headingId}>Quotes in the copy</h3>
      <ol>
        {quotes.map((quote, at) => (
          <li key={at}>
            <p className="quote-list-speaker">
              {[quote.speaker || 'No speaker found', quote.title, quote.organization]
                .filter(Boolean)
                .join(', ')}
              {quote.verb && <span className="quote-list-verb"> ({quote.verb})</span>}
            </p>
            <p className="quote-list-text">“{quote.text}”</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
