import type { IStylesOptions } from 'docx';
import { AlignmentType, BorderStyle } from 'docx';

/** Style ids the body refers to: Word's own built-in styles where Word has one, so its panes know them. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading2: 'Heading2',
  heading3: 'Heading3',
  quote: 'Quote',
  pullQuote: 'IntenseQuote',
  quoteAttribution: 'QuoteAttribution',
  byline: 'Byline',
  credit: 'Credit',
  dateline: 'Dateline',
  rule: 'HorizontalRule',
  bylineName: 'BylineName',
  bylineTitle: 'BylineTitle',
  bylineOrganization: 'BylineOrganization',
  quoteSpeaker: 'QuoteSpeaker',
  quoteSpeakerTitle: 'QuoteSpeakerTitle',
  quoteSpeakerOrganization: 'QuoteSpeakerOrganization',
  quoteContext: 'QuoteContext',
} as const;

/**
 * Character styles that name the parts of a byline or a quote's attribution and change nothing on the page:
 * the line reads as the desk wrote it, and an import (or a desk's macro) can still tell a title from an
 * organization, which the commas alone cannot.
 */
const PART_STYLES: [string, string][] = [
  [STYLE.bylineName, 'Byline Name'],
  [STYLE.bylineTitle, 'Byline Title'],
  [STYLE.bylineOrganization, 'Byline Organization'],
  [STYLE.quoteSpeaker, 'Quote Speaker'],
  [STYLE.quoteSpeakerTitle, 'Quote Speaker Title'],
  [STYLE.quoteSpeakerOrganization, 'Quote Speaker Organization'],
  [STYLE.quoteContext, 'Quote Context'],
];

const QUOTE_INDENT = 864;
const ACCENT = '1F4D78';

/**
 * The styles the export uses. The built-in ones carry Word's own names ("heading 2", "Intense Quote"), which
 * is how Word recognises them as its own: the navigation pane lists the subheads, and a desk's template
 * restyles the whole story by replacing the styles, not the paragraphs.
 */
export function docxStyles(language: string): IStylesOptions {
  return {
    default: {
      document: { run: { language: { value: language } }, paragraph: { spacing: { after: 160 } } },
      title: { run: { size: 52 }, paragraph: { spacing: { after: 120 } } },
      heading2: {
        name: 'heading 2',
        run: { bold: true, color: ACCENT, size: 28 },
        paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 240, after: 80 } },
      },
      heading3: {
        name: 'heading 3',
        run: { bold: true, color: ACCENT, size: 24 },
        paragraph: { outlineLevel: 2, keepNext: true, spacing: { before: 200, after: 60 } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 30, color: '595959' },
        paragraph: { spacing: { after: 160 } },
      },
      {
        id: STYLE.byline,
        name: 'Byline',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, size: 20 },
        paragraph: { spacing: { after: 40 } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: {
          indent: { left: QUOTE_INDENT, right: QUOTE_INDENT },
          spacing: { before: 120, after: 60 },
        },
      },
      {
        id: STYLE.pullQuote,
        name: 'Intense Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: ACCENT, size: 28 },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { left: QUOTE_INDENT, right: QUOTE_INDENT },
          spacing: { before: 240, after: 60 },
          border: {
            top: { style: BorderStyle.SINGLE, size: 4, color: ACCENT, space: 10 },
            bottom: { style: BorderStyle.SINGLE, size: 4, color: ACCENT, space: 10 },
          },
        },
      },
      {
        id: STYLE.quoteAttribution,
        name: 'Quote Attribution',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 20, color: '404040' },
        paragraph: { indent: { left: QUOTE_INDENT, right: QUOTE_INDENT }, spacing: { after: 240 } },
      },
      {
        id: STYLE.credit,
        name: 'Credit',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, size: 20 },
        paragraph: { spacing: { before: 120, after: 60 } },
      },
      // The rule's line is the paragraph's own border; the style names it, so it is not read as a blank line.
      { id: STYLE.rule, name: 'Horizontal Rule', basedOn: 'Normal', next: 'Normal' },
    ],
    characterStyles: [
      { id: STYLE.dateline, name: 'Dateline', basedOn: 'DefaultParagraphFont', run: { bold: true } },
      ...PART_STYLES.map(([id, name]) => ({ id, name, basedOn: 'DefaultParagraphFont' })),
    ],
  };
}
