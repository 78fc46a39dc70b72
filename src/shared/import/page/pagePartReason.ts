import { headerBoilerplateReason, pageChromeReason } from '../recognize/top/boilerplate';

// The page's landmarks, by element and by ARIA role: what each holds is, by the page's own say, not the article.
const LANDMARKS: [string, string][] = [
  ['nav, [role="navigation"], [role="menu"], [role="menubar"]', 'navigation'],
  ['footer, [role="contentinfo"]', 'page footer'],
  ['aside, [role="complementary"]', 'sidebar'],
  ['header, [role="banner"]', 'page header'],
  ['form, [role="search"]', 'form'],
];

/**
 * Why a line of the page is not in the story: web boilerplate and share buttons by their words, a stamp or
 * date above the article by its shape, else the part of the page it sits in.
 */
export function pagePartReason(text: string, element: Element, aboveArticle: boolean): string {
  const words = pageChromeReason(text) ?? (aboveArticle ? headerBoilerplateReason(text) : null);
  if (words) return words;
  for (const [selector, reason] of LANDMARKS) if (element.closest(selector)) return reason;
  return 'not part of the article';
}
