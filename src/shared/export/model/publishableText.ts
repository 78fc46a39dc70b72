// Controls no reader can see (C0 but tab and line ends, DEL, C1), lone surrogates and non-characters. HTML
// parsers report each as an error, XML forbids most, and in plain text an ESC could drive a terminal.
const UNPUBLISHABLE = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/** A field's text as HTML, Markdown and plain text may carry it: what a reader could never see, dropped. */
export function publishableText(text: string): string {
  return text.replace(UNPUBLISHABLE, '');
}

/** True when the text holds nothing a reader would see once unpublishable characters are gone. */
export function isBlankText(text: string): boolean {
  return publishableText(text).trim() === '';
}
