import MarkdownIt from 'markdown-it';

// Raw HTML in Markdown is shown as the text it is, never read as markup, and bare addresses stay words:
// a story's copy decides what is a link, not the reader. A hard break is written without the newline
// markdown-it adds, which the story schema would read as a space opening the next line.
function markdownReader(): ReturnType<typeof MarkdownIt> {
  const reader = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  reader.renderer.rules.hardbreak = () => '<br>';
  return reader;
}

let reader: ReturnType<typeof MarkdownIt> | null = null;

/** Markdown source as HTML, as CommonMark (with tables and strikethrough) reads it. */
export function renderMarkdown(source: string): string {
  reader ??= markdownReader();
  return reader.render(source);
}
