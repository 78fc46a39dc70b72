import type { RGB } from 'pdf-lib';
import { MARGIN, MEASURE, PAGE, RULE } from './proofLayout';
import type { ProofPage } from './proofPage';
import { newProofPage } from './proofPage';
import type { BREAK, Line, Span } from './wrapSpans';
import { wrapSpans } from './wrapSpans';

/** How one block sits on the page. */
export interface BlockLook {
  /** The type size of the block's text: where its baseline sits in the line. */
  size: number;
  leading: number;
  /** Indents from the measure's left and right edges. */
  left: number;
  right: number;
  align: 'left' | 'center';
  spaceBefore: number;
  spaceAfter: number;
  /** Room that must be left below the block on its page: a subhead is never the last line of a page. */
  keepWithNext: number;
  /** A list's bullet or number, hung in the indent before the first line. */
  marker: Span | null;
}

interface Bar {
  left: number;
  width: number;
  color: RGB;
  /** Where the bar starts on the current page; null until its first line there. */
  top: number | null;
}

const TOP = PAGE.height - MARGIN.top;

/**
 * Lays blocks out down the proof's pages: lines are placed one by one and a line that does not fit starts
 * a new page, so a story of any length flows on. Space between blocks collapses to the larger of the two
 * and is dropped at the top of a page; a side bar (a quote's rule) follows its lines across a page break.
 */
export class ProofWriter {
  readonly pages: ProofPage[] = [];
  private page: ProofPage;
  private y = TOP;
  private pendingSpace = 0;
  private bar: Bar | null = null;

  constructor() {
    this.page = this.newPage();
  }

  block(spans: readonly (Span | typeof BREAK)[], look: BlockLook): void {
    const lines = wrapSpans(spans, MEASURE - look.left - look.right);
    this.space(look.spaceBefore);
    // The first two lines stay together, so a paragraph never starts on the last line of a page.
    this.ensure(look.leading * Math.min(lines.length, 2) + look.keepWithNext);
    lines.forEach((line, at) => {
      this.ensure(look.leading);
      this.placeLine(line, look, at === 0 ? look.marker : null);
    });
    this.space(look.spaceAfter);
  }

  rule(spaceAround: number): void {
    this.space(spaceAround);
    this.ensure(1);
    this.takeSpace();
    this.page.strokes.push({
      from: { x: MARGIN.left + MEASURE / 4, y: this.y },
      to: { x: MARGIN.left + (MEASURE * 3) / 4, y: this.y },
      width: 0.75,
      color: RULE,
    });
    this.y -= 0.75;
    this.space(spaceAround);
  }

  /** Starts a rule at the side of the lines that follow, `left` points from the measure's left edge. */
  startBar(left: number, width: number, color: RGB): void {
    this.bar = { left, width, color, top: null };
  }

  endBar(): void {
    this.placeBar();
    this.bar = null;
  }

  space(points: number): void {
    this.pendingSpace = Math.max(this.pendingSpace, points);
  }

  private newPage(): ProofPage {
    this.placeBar();
    this.page = newProofPage();
    this.pages.push(this.page);
    this.y = TOP;
    this.pendingSpace = 0;
    return this.page;
  }

  private ensure(height: number): void {
    if (this.y === TOP) return;
    if (this.y - this.pendingSpace - height < MARGIN.bottom) this.newPage();
  }

  private takeSpace(): void {
    if (this.y < TOP) this.y -= this.pendingSpace;
    this.pendingSpace = 0;
  }

  private placeBar(): void {
    if (!this.bar || this.bar.top === null) return;
    const x = MARGIN.left + this.bar.left + this.bar.width / 2;
    this.page.strokes.push({
      from: { x, y: this.bar.top },
      to: { x, y: this.y },
      width: this.bar.width,
      color: this.bar.color,
    });
    this.bar.top = null;
  }

  private placeLine(line: Line, look: BlockLook, marker: Span | null): void {
    this.takeSpace();
    if (this.bar && this.bar.top === null) this.bar.top = this.y;
    const y = this.y - (look.leading - look.size) / 2 - look.size * 0.8;
    const width = MEASURE - look.left - look.right;
    const start = MARGIN.left + look.left + (look.align === 'center' ? (width - line.width) / 2 : 0);
    const { texts, strokes, links } = this.page;
    if (marker) {
      const x = start - 6 - marker.font.widthOf(marker.text, marker.size);
      texts.push({ text: marker.text, face: marker.font, size: marker.size, color: marker.color, x, y });
    }
    for (const span of line.spans) {
      const x = start + span.x;
      if (span.text.trim())
        texts.push({ text: span.text, face: span.font, size: span.size, color: span.color, x, y });
      const stroke = (at: number) =>
        strokes.push({
          from: { x, y: at },
          to: { x: x + span.width, y: at },
          width: span.size * 0.05,
          color: span.color,
        });
      if (span.underline) stroke(y - span.size * 0.12);
      if (span.strike) stroke(y + span.size * 0.28);
      if (span.href !== null) {
        links.push({
          rect: [x, y - span.size * 0.25, x + span.width, y + span.size * 0.85],
          href: span.href,
        });
      }
    }
    this.y -= look.leading;
  }
}
