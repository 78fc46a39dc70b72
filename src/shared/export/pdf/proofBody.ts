import type { RGB } from 'pdf-lib';
import { isSafeLinkHref } from '../../editor/link/safeLinkHref';
import { bylineLines } from '../model/bylineParts';
import type { ExportBlock, ExportStory, Inline, ListBlock, QuoteBlock } from '../model/exportStory';
import { instantOf } from '../model/storyTime';
import { pdfText } from './pdfText';
import type { Faces } from './proofFaces';
import { ACCENT, GREY, INK, LINK, RULE, WARNING } from './proofLayout';
import { LIST_INDENT, LOOKS } from './proofLooks';
import type { BlockLook, ProofWriter } from './ProofWriter';
import type { Span } from './wrapSpans';
import { BREAK } from './wrapSpans';

interface Tone {
  bold?: boolean;
  italic?: boolean;
  color?: RGB;
}

/** "2026-11-24 09:40 UTC": one way of writing a time on the proof, whatever the reader's time zone. */
const utc = (label: string, time: string): string =>
  `${instantOf(label, time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Writes the story's heading, bylines and body down the pages of the proof. */
export class ProofBody {
  constructor(
    private readonly writer: ProofWriter,
    private readonly faces: Faces,
  ) {}

  story(story: ExportStory): void {
    this.heading(story);
    const ledeAt = story.blocks.findIndex((block) => block.kind === 'paragraph');
    const dateline = story.dateline ? [this.span(`${story.dateline.line} `, LOOKS.body, { bold: true })] : [];
    if (ledeAt < 0 && dateline.length > 0) this.writer.block(dateline, LOOKS.body);
    story.blocks.forEach((block, at) => this.block(block, at === ledeAt ? dateline : []));
  }

  private heading(story: ExportStory): void {
    const meta = [
      'Copydesk proof',
      story.section,
      `Revision ${story.revision}`,
      `Updated ${utc('update time', story.updatedAt)}`,
    ];
    this.line(meta.filter(Boolean).join(' · '), LOOKS.meta, { color: GREY });
    if (story.embargo) {
      this.line(`Embargoed until ${utc('embargo', story.embargo)}`, LOOKS.meta, {
        bold: true,
        color: WARNING,
      });
    }
    if (story.headline) this.line(story.headline, LOOKS.headline, { bold: true });
    if (story.subheadline) this.line(story.subheadline, LOOKS.subheadline, { color: GREY });
    for (const byline of bylineLines(story.bylines)) {
      this.line(byline, LOOKS.byline, { bold: true });
    }
    this.writer.space(14);
  }

  private block(block: ExportBlock, lede: Span[]): void {
    switch (block.kind) {
      case 'paragraph':
        this.writer.block([...lede, ...this.inlines(block.inlines, LOOKS.body)], LOOKS.body);
        return;
      case 'heading': {
        const look = block.level === 2 ? LOOKS.heading2 : LOOKS.heading3;
        this.writer.block(this.inlines(block.inlines, look, { bold: true, color: ACCENT }), look);
        return;
      }
      case 'list':
        this.list(block, 0);
        return;
      case 'quote':
        this.quote(block);
        return;
      case 'credit':
        if (block.credit.line) this.line(block.credit.line, LOOKS.credit, { italic: true });
        return;
      case 'rule':
        this.writer.rule(10);
        return;
    }
  }

  private list(list: ListBlock, depth: number): void {
    const look: BlockLook = { ...LOOKS.listItem, left: LIST_INDENT * (depth + 1) };
    list.items.forEach((item, index) => {
      let marker: Span | null = this.span(list.ordered ? `${list.start + index}.` : '•', look);
      for (const child of item) {
        if (child.kind === 'list') {
          this.list(child, depth + 1);
        } else if (child.kind === 'paragraph') {
          this.writer.block(this.inlines(child.inlines, look), { ...look, marker });
          marker = null;
        } else {
          this.block(child, []);
        }
      }
    });
    this.writer.space(LOOKS.body.spaceAfter);
  }

  private quote(quote: QuoteBlock): void {
    const pull = quote.display === 'pullquote';
    const look = pull ? LOOKS.pullQuote : LOOKS.quote;
    const tone: Tone = { italic: true, color: pull ? ACCENT : INK };
    this.writer.space(look.spaceBefore);
    this.writer.startBar(4, pull ? 3 : 2, pull ? ACCENT : RULE);
    for (const inlines of quote.paragraphs) this.writer.block(this.inlines(inlines, look, tone), look);
    if (quote.attribution.line) {
      this.line(quote.attribution.line, { ...LOOKS.attribution, align: look.align }, { color: GREY });
    }
    this.writer.endBar();
    this.writer.space(LOOKS.attribution.spaceAfter);
  }

  /** A block of one text in one tone. */
  private line(text: string, look: BlockLook, tone: Tone): void {
    this.writer.block([this.span(text, look, tone)], look);
  }

  private span(text: string, look: BlockLook, tone: Tone = {}): Span {
    const font = this.faces(tone.bold ?? false, tone.italic ?? false);
    return {
      text: font.settable(pdfText(text)),
      font,
      size: look.size,
      color: tone.color ?? INK,
      underline: false,
      strike: false,
      href: null,
    };
  }

  /** Marks on top of the block's tone; italic inside an italic quote turns roman, as type sets emphasis. */
  private inlines(inlines: readonly Inline[], look: BlockLook, tone: Tone = {}): (Span | typeof BREAK)[] {
    return inlines.map((inline) => {
      if (inline.kind === 'break') return BREAK;
      const href = inline.href !== null && isSafeLinkHref(inline.href) ? new URL(inline.href).href : null;
      const span = this.span(inline.text, look, {
        bold: (tone.bold ?? false) || inline.bold,
        italic: (tone.italic ?? false) !== inline.italic,
        color: href ? LINK : tone.color,
      });
      return { ...span, underline: inline.underline || href !== null, strike: inline.strike, href };
    });
  }
}
