/**
 * Mammoth's style map: the styles of Copydesk's DOCX export (`export/docx/docxStyles.ts`), and the Word
 * built-ins a writer reaches for, as the markup `readBodyHtml` reads. Quote paragraphs are only marked here
 * and grouped into figures with their attribution afterwards (`quoteFigures`): mammoth's paths would merge
 * two quotes that follow each other into one figure.
 */
export const DOCX_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => p.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Byline'] => p.byline:fresh",
  "r[style-name='Byline Name'] => span.author",
  "r[style-name='Byline Title'] => span.author-title",
  "r[style-name='Byline Organization'] => span.author-organization",
  "r[style-name='Dateline'] => span.dateline",
  "p[style-name='Quote'] => p.quote:fresh",
  "p[style-name='Intense Quote'] => p.pullquote:fresh",
  "p[style-name='Quote Attribution'] => p.quote-attribution:fresh",
  "r[style-name='Quote Speaker'] => span.speaker",
  "r[style-name='Quote Speaker Title'] => span.speaker-title",
  "r[style-name='Quote Speaker Organization'] => span.speaker-organization",
  "r[style-name='Quote Context'] => span.quote-context",
  "p[style-name='Credit'] => p.credit:fresh",
  "p[style-name='Horizontal Rule'] => hr:fresh",
  // A package may use Word's built-in styles by id without defining them in its styles.xml.
  'p.Title => p.title:fresh',
  'p.Subtitle => p.subtitle:fresh',
  'p.Quote => p.quote:fresh',
  'p.IntenseQuote => p.pullquote:fresh',
  "p[style-name='No Spacing'] => p:fresh",
  "p[style-name='Body Text'] => p:fresh",
  // Mammoth leaves underline out unless asked: the story schema has it.
  'u => u',
];
