// What other formats open with, so a file named .md that is something else is refused, not shown as text.
const OPENINGS: [RegExp, string][] = [
  [/^\s*<!doctype html|^\s*<html[\s>]/i, 'a web page (HTML)'],
  [/^\s*<\?xml|^\s*<nitf[\s>]|^\s*<newsItem[\s>]/i, 'an XML document'],
  [/^\s*\{\\rtf/, 'an RTF document'],
];

function isJson(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What the text is when it is not Markdown ("a web page (HTML)"), or null. */
export function foreignFormat(text: string): string | null {
  const found = OPENINGS.find(([opening]) => opening.test(text));
  if (found) return found[1];
  return isJson(text) ? 'JSON data' : null;
}
