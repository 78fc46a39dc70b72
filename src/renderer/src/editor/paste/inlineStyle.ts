import type { MarkTag } from './markupRules';

export type InlineStyle = ReadonlyMap<string, string>;

/** An element's `style` attribute as property → value, lower-cased: Word and Google Docs speak through it. */
export function inlineStyleOf(element: Element): InlineStyle {
  const style = new Map<string, string>();
  for (const declaration of (element.getAttribute('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (property && value) style.set(property, value);
  }
  return style;
}

/** Hidden text is not what the writer copied; Word also hides its list numbers with `mso-list:Ignore`. */
export function isHidden(element: Element, style: InlineStyle): boolean {
  return (
    element.hasAttribute('hidden') ||
    style.get('display') === 'none' ||
    style.get('visibility') === 'hidden' ||
    style.get('mso-hide') === 'all' ||
    style.get('mso-list') === 'ignore'
  );
}

export interface StyleMarks {
  add: MarkTag[];
  remove: MarkTag[];
}

function weightIsBold(weight: string): boolean {
  const numeric = Number(weight);
  return Number.isFinite(numeric) ? numeric >= 600 : weight === 'bold' || weight === 'bolder';
}

/**
 * The formatting a style sets or cancels: Google Docs marks bold as `font-weight:700` on spans and wraps
 * the whole paste in a `<b style="font-weight:normal">` that must not make everything bold. Underlines
 * inside links are how pages draw links, not emphasis the writer chose.
 */
export function marksOfStyle(style: InlineStyle, insideLink: boolean): StyleMarks {
  const marks: StyleMarks = { add: [], remove: [] };
  const weight = style.get('font-weight');
  if (weight) (weightIsBold(weight) ? marks.add : marks.remove).push('strong');
  const fontStyle = style.get('font-style');
  if (fontStyle) (fontStyle === 'italic' || fontStyle === 'oblique' ? marks.add : marks.remove).push('em');
  const decoration = style.get('text-decoration-line') ?? style.get('text-decoration');
  if (decoration?.includes('underline') && !insideLink) marks.add.push('u');
  if (decoration?.includes('line-through')) marks.add.push('s');
  if (decoration === 'none') marks.remove.push('u', 's');
  return marks;
}
