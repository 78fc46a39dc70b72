import type { ParagraphChild } from 'docx';
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { isBlankText } from '../model/publishableText';
import type { ExportBlock, ExportStory, ListBlock, QuoteBlock } from '../model/exportStory';
import { xmlChars } from '../xml/xmlChars';
import { docxInlines } from './docxInlines';
import type { DocxLinks } from './docxLinks';
import { attributionRuns, bylineRuns } from './docxPartRuns';
import { STYLE } from './docxStyles';
import { listNumbering } from './listNumbering';

const textParagraph = (style: string, text: string): Paragraph =>
  new Paragraph({ style, children: [new TextRun(xmlChars(text))] });

/** Turns the story's blocks into Word paragraphs, numbering each list on its own. */
class BodyWriter {
  private lists = 0;
  readonly paragraphs: Paragraph[] = [];

  constructor(private readonly links: DocxLinks) {}

  block(block: ExportBlock, lede: ParagraphChild[]): void {
    switch (block.kind) {
      case 'paragraph':
        this.paragraphs.push(
          new Paragraph({ children: [...lede, ...docxInlines(block.inlines, this.links)] }),
        );
        return;
      case 'heading':
        this.paragraphs.push(
          new Paragraph({
            style: block.level === 2 ? STYLE.heading2 : STYLE.heading3,
            children: docxInlines(block.inlines, this.links),
          }),
        );
        return;
      case 'list':
        this.list(block, 0);
        return;
      case 'quote':
        this.quote(block);
        return;
      case 'credit':
        if (block.credit.line) this.paragraphs.push(textParagraph(STYLE.credit, block.credit.line));
        return;
      case 'rule':
        this.paragraphs.push(new Paragraph({ style: STYLE.rule, thematicBreak: true }));
        return;
    }
  }

  private list(list: ListBlock, depth: number): void {
    this.lists += 1;
    const reference = listNumbering(`list-${this.lists}`, list.ordered, depth, list.start);
    for (const item of list.items) {
      let numbered = false;
      for (const child of item) {
        if (child.kind === 'list') {
          this.list(child, Math.min(depth + 1, 8));
        } else if (child.kind === 'paragraph' && !numbered) {
          numbered = true;
          this.paragraphs.push(
            new Paragraph({
              numbering: { reference, level: depth },
              children: docxInlines(child.inlines, this.links),
            }),
          );
        } else if (child.kind === 'paragraph') {
          // A later paragraph of the same item lines up with the item's text, under no second bullet.
          this.paragraphs.push(
            new Paragraph({
              indent: { left: 720 * (depth + 1) },
              children: docxInlines(child.inlines, this.links),
            }),
          );
        } else {
          this.block(child, []);
        }
      }
    }
  }

  private quote(quote: QuoteBlock): void {
    const style = quote.display === 'pullquote' ? STYLE.pullQuote : STYLE.quote;
    for (const inlines of quote.paragraphs) {
      this.paragraphs.push(new Paragraph({ style, children: docxInlines(inlines, this.links) }));
    }
    if (quote.attribution.line) {
      this.paragraphs.push(
        new Paragraph({
          style: STYLE.quoteAttribution,
          alignment: quote.display === 'pullquote' ? AlignmentType.CENTER : undefined,
          children: attributionRuns(quote.attribution),
        }),
      );
    }
  }
}

/**
 * The story as Word paragraphs: headline (Title), subheadline (Subtitle), bylines, then the body, the
 * dateline leading the first paragraph (the lede) as the other exports put it.
 */
export function docxBlocks(story: ExportStory, links: DocxLinks): Paragraph[] {
  const writer = new BodyWriter(links);
  const { paragraphs } = writer;
  if (story.headline) paragraphs.push(textParagraph(STYLE.title, story.headline));
  if (story.subheadline) paragraphs.push(textParagraph(STYLE.subtitle, story.subheadline));
  const bylines = story.bylines.filter((byline) => !isBlankText(byline.name));
  bylines.forEach((byline, at) => {
    // The last byline stands apart from the copy below it, as on a page.
    const spacing = at === bylines.length - 1 ? { after: 240 } : undefined;
    paragraphs.push(new Paragraph({ style: STYLE.byline, spacing, children: bylineRuns(byline) }));
  });
  const dateline = story.dateline
    ? [new TextRun({ text: xmlChars(story.dateline.line), style: STYLE.dateline }), new TextRun(' ')]
    : [];
  const ledeAt = story.blocks.findIndex((block) => block.kind === 'paragraph');
  if (ledeAt < 0 && dateline.length > 0) paragraphs.push(new Paragraph({ children: dateline.slice(0, 1) }));
  story.blocks.forEach((block, at) => writer.block(block, at === ledeAt ? dateline : []));
  return paragraphs;
}
