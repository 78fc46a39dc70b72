import type { ParagraphChild } from 'docx';
import { TextRun } from 'docx';
import { isSafeLinkHref } from '../../editor/link/safeLinkHref';
import type { Inline, TextRun as StoryTextRun } from '../model/exportStory';
import { xmlChars } from '../xml/xmlChars';
import type { DocxLinks } from './docxLinks';

function textRun(run: StoryTextRun, linked: boolean): TextRun {
  return new TextRun({
    text: xmlChars(run.text),
    bold: run.bold || undefined,
    italics: run.italic || undefined,
    underline: run.underline ? {} : undefined,
    strike: run.strike || undefined,
    style: linked ? 'Hyperlink' : undefined,
  });
}

// The parsed address is the one a browser would follow, percent-encoded, so no raw character reaches the XML.
const linkOf = (inline: Inline): string | null =>
  inline.kind === 'text' && inline.href !== null && isSafeLinkHref(inline.href)
    ? new URL(inline.href).href
    : null;

/**
 * A paragraph's words as Word runs: marks as run properties, a hard break as Word's line break, and the
 * runs of one link, however their marks differ, inside one hyperlink, so Word sees one link, not several.
 */
export function docxInlines(inlines: readonly Inline[], links: DocxLinks): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (let at = 0; at < inlines.length;) {
    const inline = inlines[at]!;
    const href = linkOf(inline);
    if (href === null) {
      children.push(inline.kind === 'break' ? new TextRun({ break: 1 }) : textRun(inline, false));
      at += 1;
      continue;
    }
    const runs: TextRun[] = [];
    for (; at < inlines.length && linkOf(inlines[at]!) === href; at += 1) {
      runs.push(textRun(inlines[at] as StoryTextRun, true));
    }
    children.push(links.hyperlink(href, runs));
  }
  return children;
}
