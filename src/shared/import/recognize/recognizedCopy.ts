export interface RecognizedDateline {
  city: string;
  region: string;
  /** ISO yyyy-mm-dd, or '' when the dateline has no date or no year could be given to it. */
  date: string;
  source: string;
  /** The dateline as written, dash included: `PORTLAND, Ore., Feb 26 -`. */
  text: string;
}

export interface RecognizedQuote {
  /** The quoted words without the quotation marks; the parts of a quote split around its attribution joined. */
  text: string;
  /** '' when no speaker could be found, or a pronoun could not be resolved without doubt. */
  speaker: string;
  title: string;
  organization: string;
  /** What follows the verb, e.g. 'during a press conference'. */
  context: string;
  /** As written: 'stated', 'noted', 'according to'; '' for a quote with no attribution. */
  verb: string;
  /** Index into `paragraphs` of the result. */
  paragraph: number;
  /** The paragraph is only this quote and its attribution, so it can become a quote block. */
  standalone: boolean;
}

export interface RecognizedByline {
  name: string;
  title: string;
  organization: string;
  /**
   * The byline as written: its line, and below it (after a line break) the organization when that stands on a
   * line of its own. A line naming two people gives two bylines with the same text.
   */
  text: string;
}

export interface DroppedLine {
  text: string;
  reason: string;
}

export interface RecognizedCopy {
  headline: string;
  /** A standfirst between the headline and the lede; '' when there is none. */
  subheadline: string;
  section: string;
  bylines: RecognizedByline[];
  dateline: RecognizedDateline | null;
  /** The body paragraphs in order, the dateline removed from the lede. */
  paragraphs: string[];
  quotes: RecognizedQuote[];
  dropped: DroppedLine[];
}

export interface RecognizeOptions {
  /** ISO date (or date-time) of the copy, to give a year to a dateline's "Feb 26". */
  referenceDate?: string;
}
