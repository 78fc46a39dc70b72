import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { formatCredit } from '../../editor/attribution/formatCredit';
import { formatQuoteAttribution } from '../../editor/attribution/formatQuoteAttribution';
import { formatDateline } from '../../editor/dateline/formatDateline';
import { storySchema } from '../../editor/storySchema';
import type { Story } from '../../story/story';
import type { ExportBlock, ExportStory, Inline } from './exportStory';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function inlinesOf(block: ProseMirrorNode): Inline[] {
  const inlines: Inline[] = [];
  block.forEach((node) => {
    if (node.isText) {
      const has = (mark: string) => node.marks.some((candidate) => candidate.type.name === mark);
      const link = node.marks.find((candidate) => candidate.type.name === 'link');
      inlines.push({
        kind: 'text',
        text: node.text ?? '',
        bold: has('bold'),
        italic: has('italic'),
        underline: has('underline'),
        strike: has('strike'),
        href: link && typeof link.attrs.href === 'string' ? link.attrs.href : null,
      });
    } else if (node.type.name === 'hardBreak') {
      inlines.push({ kind: 'break' });
    }
  });
  return inlines;
}

function quoteOf(quote: ProseMirrorNode): ExportBlock {
  const paragraphs: Inline[][] = [];
  let attrs: Record<string, unknown> = {};
  quote.forEach((part) => {
    if (part.type.name === 'quoteText') part.forEach((paragraph) => paragraphs.push(inlinesOf(paragraph)));
    if (part.type.name === 'quoteAttribution') attrs = part.attrs;
  });
  const fields = {
    speaker: text(attrs.speaker),
    title: text(attrs.title),
    organization: text(attrs.organization),
    context: text(attrs.context),
  };
  return {
    kind: 'quote',
    display: quote.attrs.display === 'pullquote' ? 'pullquote' : 'blockquote',
    paragraphs,
    attribution: { ...fields, line: formatQuoteAttribution(fields) },
  };
}

function blocksOf(parent: ProseMirrorNode): ExportBlock[] {
  const blocks: ExportBlock[] = [];
  parent.forEach((node) => {
    const block = blockOf(node);
    if (block) blocks.push(block);
  });
  return blocks;
}

// Editor's notes and the dateline map to nothing here: the one is never published, the other is a field.
function blockOf(node: ProseMirrorNode): ExportBlock | null {
  switch (node.type.name) {
    case 'paragraph':
      return { kind: 'paragraph', inlines: inlinesOf(node) };
    case 'heading':
      return { kind: 'heading', level: node.attrs.level === 3 ? 3 : 2, inlines: inlinesOf(node) };
    case 'bulletList':
    case 'orderedList': {
      const items: ExportBlock[][] = [];
      node.forEach((item) => items.push(blocksOf(item)));
      const start = Number(node.attrs.start);
      return {
        kind: 'list',
        ordered: node.type.name === 'orderedList',
        start: Number.isInteger(start) ? start : 1,
        items,
      };
    }
    case 'quote':
      return quoteOf(node);
    case 'attribution': {
      const fields = {
        kind: text(node.attrs.kind) || 'reporting',
        names: text(node.attrs.names),
        organization: text(node.attrs.organization),
        place: text(node.attrs.place),
      };
      return { kind: 'credit', credit: { ...fields, line: formatCredit(fields) } };
    }
    case 'horizontalRule':
      return { kind: 'rule' };
    default:
      return null;
  }
}

function datelineOf(doc: ProseMirrorNode): ExportStory['dateline'] {
  const first = doc.firstChild;
  if (first?.type.name !== 'dateline') return null;
  const fields = {
    city: text(first.attrs.city),
    region: text(first.attrs.region),
    date: text(first.attrs.date),
    source: text(first.attrs.source),
  };
  return fields.city ? { ...fields, line: formatDateline(fields) } : null;
}

/**
 * Reads a story's body through the editor's own schema, which rejects a body the editor could not have
 * made, and keeps what a reader may see. Throws a RangeError on a body that does not fit the schema.
 */
export function toExportStory(story: Story): ExportStory {
  const doc = storySchema().nodeFromJSON(story.body);
  doc.check();
  return {
    id: story.id,
    slug: story.slug,
    headline: story.headline.trim(),
    subheadline: story.subheadline.trim(),
    bylines: story.bylines.map((byline) => ({
      name: byline.name.trim(),
      title: byline.title.trim(),
      organization: byline.organization.trim(),
    })),
    section: story.section.trim(),
    keywords: story.keywords.map((keyword) => keyword.trim()).filter(Boolean),
    status: story.status,
    priority: story.priority,
    language: story.language,
    embargo: story.embargo,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    revision: story.revision,
    wordCount: story.wordCount,
    dateline: datelineOf(doc),
    blocks: blocksOf(doc),
  };
}
