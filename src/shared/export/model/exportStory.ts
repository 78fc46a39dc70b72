import type { CreditParts } from '../../editor/attribution/formatCredit';
import type { QuoteAttributionParts } from '../../editor/attribution/formatQuoteAttribution';
import type { DatelineParts } from '../../editor/dateline/formatDateline';
import type { Byline, StoryStatus } from '../../story/story';

export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** A link's target, already checked safe by the editor's link rule; null for plain text. */
  href: string | null;
}

export interface LineBreak {
  kind: 'break';
}

export type Inline = TextRun | LineBreak;

export interface ParagraphBlock {
  kind: 'paragraph';
  inlines: Inline[];
}

export interface HeadingBlock {
  kind: 'heading';
  level: 2 | 3;
  inlines: Inline[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  /** The first number of an ordered list. */
  start: number;
  /** Each item's blocks: paragraphs and nested lists. */
  items: ExportBlock[][];
}

export interface QuoteBlock {
  kind: 'quote';
  display: 'blockquote' | 'pullquote';
  paragraphs: Inline[][];
  /** The fields, trimmed, and `line`: "— Dmitri Peskov, Kremlin spokesperson" ('' when every field is empty). */
  attribution: QuoteAttributionParts & { line: string };
}

export interface CreditBlock {
  kind: 'credit';
  /** The fields, trimmed, and `line`: "Reporting by Jane Doe in Istanbul" ('' without names). */
  credit: CreditParts & { line: string };
}

export interface RuleBlock {
  kind: 'rule';
}

export type ExportBlock = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | CreditBlock | RuleBlock;

/**
 * A story as every exporter sees it: the fields a reader may see, and the body's publishable blocks in
 * order. Editor's notes and the desk notes are not in it, so no exporter can emit them.
 */
export interface ExportStory {
  id: string;
  slug: string;
  headline: string;
  subheadline: string;
  bylines: Byline[];
  section: string;
  keywords: string[];
  status: StoryStatus;
  /** 1 (most urgent) to 9, as NITF's urgency and IPTC's priority count. */
  priority: number;
  language: string;
  embargo: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
  wordCount: number;
  /** The fields, trimmed, and `line`: the AP-style "ISTANBUL, Turkey —"; null without a dateline or city. */
  dateline: (DatelineParts & { line: string }) | null;
  blocks: ExportBlock[];
}
