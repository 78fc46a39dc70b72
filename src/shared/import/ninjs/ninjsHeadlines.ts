import type { DroppedLine } from '../recognize/recognizedCopy';
import { htmlDocument } from '../html/htmlDocument';
import { fitting, oneLine } from './fieldText';
import type { NinjsFields } from './ninjsFields';

const SUBHEAD_ROLES = new Set(['subhead', 'sub', 'subheadline', 'subtitle', 'standfirst', 'deck', 'dek']);
const SUBHEAD_SUFFIXES = new Set(['sub', 'subhead', 'subheadline', 'subtitle', 'extended']);

interface Variant {
  role: string;
  contentType: string;
  value: string;
}

type Item = NinjsFields & Record<string, unknown>;

// 1.x writes each variant as its own property: `headline_main`, `description_text`, `body_html`.
function suffixed(item: Item, prefix: string): Variant[] {
  return Object.entries(item)
    .filter(([key, value]) => key.startsWith(`${prefix}_`) && typeof value === 'string')
    .map(([key, value]) => ({ role: key.slice(prefix.length + 1), contentType: '', value: value as string }));
}

function headlineVariants(item: Item): Variant[] {
  const listed = (item.headlines ?? []).map((headline) => ({
    role: (headline.role ?? '').toLowerCase(),
    contentType: '',
    value: headline.value,
  }));
  const single =
    typeof item.headline === 'string' ? [{ role: 'main', contentType: '', value: item.headline }] : [];
  return [...single, ...listed, ...suffixed(item, 'headline')].filter((variant) => oneLine(variant.value));
}

const isSubhead = (variant: Variant) => SUBHEAD_ROLES.has(variant.role) || SUBHEAD_SUFFIXES.has(variant.role);

function descriptionText({ contentType, role, value }: Variant): string {
  const html = /html|xml/i.test(contentType) || /html|xhtml|richtext/i.test(role);
  return oneLine(html ? (htmlDocument(value).body.textContent ?? '') : value);
}

// A summary stands where a standfirst would when the item gives no subheadline of its own.
function summaryOf(item: Item): string {
  const listed = (item.descriptions ?? []).map((description) => ({
    role: (description.role ?? '').toLowerCase(),
    contentType: description.contentType ?? description.contenttype ?? '',
    value: description.value,
  }));
  const variants = [...listed, ...suffixed(item, 'description')];
  const plain = variants.find((variant) => !/html|xml/i.test(variant.contentType + variant.role));
  const chosen = plain ?? variants[0];
  return chosen ? descriptionText(chosen) : '';
}

/** The main headline and the subheadline (a `subhead` headline, else the item's summary). */
export function ninjsHeadlines(
  item: Item,
  dropped: DroppedLine[],
): { headline: string; subheadline: string } {
  const variants = headlineVariants(item);
  const main =
    variants.find((variant) => variant.role === 'main') ??
    variants.find((variant) => variant.role === '') ??
    variants.find((variant) => !isSubhead(variant));
  const sub = variants.find(isSubhead);
  return {
    headline: fitting(oneLine(main?.value), 500, 'headline', dropped),
    subheadline: fitting(sub ? oneLine(sub.value) : summaryOf(item), 1000, 'subheadline', dropped),
  };
}
