import { isSafeLinkHref } from '@shared/editor/link/safeLinkHref';
import type { Inline } from '@shared/export/model/exportStory';
import { publishableText } from '@shared/export/model/publishableText';
import type { MdNode } from './markdownTree';
import { normalizeLink } from './markdownTree';

/** One character of text and the marks on it, as "em|s|strong" or "a:<href>". */
export interface MarkedCharacter {
  character: string;
  marks: string;
}

const markList = (marks: string[]) => [...marks].sort().join('|');

/**
 * What a paragraph's inlines should read back as: each character with its bold, italic, strikethrough and
 * link (underline has no Markdown), line breaks as "\n", and trailing breaks gone as they show nothing.
 */
export function expectedCharacters(inlines: readonly Inline[]): MarkedCharacter[] {
  const lines: MarkedCharacter[][] = [[]];
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      lines.push([]);
      continue;
    }
    const link =
      inline.href !== null && isSafeLinkHref(inline.href) ? normalizeLink(publishableText(inline.href)) : '';
    const marks = markList(
      [inline.bold && 'strong', inline.italic && 'em', inline.strike && 's', link && `a:${link}`].filter(
        (mark): mark is string => Boolean(mark),
      ),
    );
    for (const character of publishableText(inline.text)) lines.at(-1)!.push({ character, marks });
  }
  while (lines.length > 1 && lines.at(-1)!.length === 0) lines.pop();
  return lines.flatMap((line, at) => (at > 0 ? [{ character: '\n', marks: '' }, ...line] : line));
}

/** What markdown-it read back: each character with the emphasis, strikethrough and links around it. */
export function actualCharacters(nodes: readonly MdNode[], marks: string[] = []): MarkedCharacter[] {
  return nodes.flatMap((node): MarkedCharacter[] => {
    if (node.kind === 'text')
      return Array.from(node.text, (character) => ({ character, marks: markList(marks) }));
    if (node.tag === 'br') return [{ character: '\n', marks: '' }];
    const mark =
      node.tag === 'a' ? `a:${node.attrs.href}` : ['strong', 'em', 's'].includes(node.tag) ? node.tag : '';
    return actualCharacters(node.children, mark ? [...marks, mark] : marks);
  });
}
