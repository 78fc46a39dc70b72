/**
 * HTML goes on the clipboard as both HTML and plain text, so a CMS's rich editor gets the markup and a plain
 * text field still gets readable text.
 */
export async function copyHtml(html: string, plainText: string): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([plainText], { type: 'text/plain' }),
    }),
  ]);
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
