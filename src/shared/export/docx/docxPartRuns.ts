import { TextRun } from 'docx';
import type { QuoteAttributionParts } from '../../editor/attribution/formatQuoteAttribution';
import type { Byline } from '../../story/story';
import { bylineParts } from '../model/bylineParts';
import { xmlChars } from '../xml/xmlChars';
import { STYLE } from './docxStyles';

const BYLINE_STYLES = {
  name: STYLE.bylineName,
  title: STYLE.bylineTitle,
  organization: STYLE.bylineOrganization,
} as const;

const ATTRIBUTION_STYLES: [keyof QuoteAttributionParts, string][] = [
  ['speaker', STYLE.quoteSpeaker],
  ['title', STYLE.quoteSpeakerTitle],
  ['organization', STYLE.quoteSpeakerOrganization],
  ['context', STYLE.quoteContext],
];

const run = (text: string, style?: string): TextRun =>
  new TextRun(style ? { text: xmlChars(text), style } : xmlChars(text));

/** "By Jane Doe, Staff Correspondent, Copydesk News", each part in the character style that names it. */
export function bylineRuns(byline: Byline): TextRun[] {
  return bylineParts([byline]).map((part) =>
    run(part.text, part.role === 'joiner' ? undefined : BYLINE_STYLES[part.role]),
  );
}

/**
 * "— Dmitri Peskov, spokesperson, Kremlin", as formatQuoteAttribution writes it, each field in the character
 * style that names it; no runs when every field is empty.
 */
export function attributionRuns(attribution: QuoteAttributionParts): TextRun[] {
  const fields = ATTRIBUTION_STYLES.filter(([field]) => attribution[field].trim() !== '');
  return fields.flatMap(([field, style], at) => [
    run(at === 0 ? '— ' : ', '),
    run(attribution[field].trim(), style),
  ]);
}
