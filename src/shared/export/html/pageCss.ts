/** A little CSS for a page that reads well on its own, in print and on a phone; a CMS brings its own. */
export const PAGE_CSS = `
body { margin: 0; background: #fff; color: #1a1a1a; font: 1.125rem/1.6 Georgia, 'Times New Roman', serif; }
article { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
h1 { margin: 0 0 0.5rem; font-size: 2.25rem; line-height: 1.2; }
.subheadline { margin: 0 0 1rem; color: #444; font-size: 1.25rem; }
.byline, .times { margin: 0.25rem 0; color: #555; font: 0.9rem/1.4 system-ui, sans-serif; }
header { margin-bottom: 1.5rem; }
figure { margin: 1.5rem 0; padding-left: 1rem; border-left: 4px solid #ccc; }
figure.pullquote { padding: 0; border: 0; font-size: 1.3rem; text-align: center; }
blockquote { margin: 0; font-style: italic; }
figcaption { color: #444; font-size: 0.95rem; }
.credit { color: #555; font-size: 0.9rem; font-style: italic; }
hr { margin: 2rem 0; border: 0; border-top: 1px solid #ccc; }
`.trim();
