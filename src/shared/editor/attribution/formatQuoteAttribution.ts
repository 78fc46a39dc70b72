export interface QuoteAttributionParts {
  speaker: string;
  title: string;
  organization: string;
  context: string;
}

/** "— Dmitri Peskov, Kremlin spokesperson, at a press conference"; empty fields are left out. */
export function formatQuoteAttribution({
  speaker,
  title,
  organization,
  context,
}: QuoteAttributionParts): string {
  const parts = [speaker, title, organization, context].map((part) => part.trim()).filter(Boolean);
  return parts.length > 0 ? `— ${parts.join(', ')}` : '';
}
