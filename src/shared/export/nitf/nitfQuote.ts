import type { QuoteBlock } from '../model/exportStory';
import type { XmlChild, XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { nitfInlines } from './nitfInlines';

// The attribution as the one shared line reads ("— Dmitri Peskov, spokesperson, Kremlin"), with the
// speaker marked as a `person`, the title as a `function` and the organization as an `org`, so a reader
// takes each back as it was, whatever commas they hold.
function creditContent({ attribution }: QuoteBlock): XmlChild[] {
  const parts = [
    attribution.speaker.trim() && element('person', {}, [attribution.speaker.trim()]),
    attribution.title.trim() && element('function', {}, [attribution.title.trim()]),
    attribution.organization.trim() && element('org', {}, [attribution.organization.trim()]),
    attribution.context.trim(),
  ].filter((part) => part !== '');
  return ['— ', ...parts.flatMap((part, at) => (at === 0 ? [part] : [', ', part]))];
}

/**
 * A quote as NITF's block quote: the quoted paragraphs in a `block`, then a `credit` naming who said
 * them; a pull quote is marked by its class, as NITF has no element of its own for one.
 */
export function nitfQuote(quote: QuoteBlock): XmlElement {
  const speaker = quote.attribution.speaker.trim();
  const attributes = {
    class: quote.display === 'pullquote' ? 'pullquote' : undefined,
    'quote-source': speaker || undefined,
  };
  const paragraphs = quote.paragraphs.map((inlines) => element('p', {}, nitfInlines(inlines)));
  return block('bq', attributes, [
    block('block', {}, paragraphs),
    quote.attribution.line !== '' && element('credit', {}, creditContent(quote)),
  ]);
}
