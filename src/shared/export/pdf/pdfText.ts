// Line ends and tabs would split or misplace a drawn line. Controls, noncharacters and lone surrogates have
// nothing to draw, and the default-ignorable characters (zero-width spaces and joiners, the BOM, soft
// hyphens) are invisible by definition. The u flag makes a lone surrogate one code point of its own.
const SPACES = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const UNDRAWABLE = /[\p{Cc}\p{Cs}\p{Default_Ignorable_Code_Point}\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;

/** A field's text as the proof draws it: on one line, with nothing a font cannot set. */
export function pdfText(text: string): string {
  return text.replace(SPACES, ' ').replace(UNDRAWABLE, '');
}
