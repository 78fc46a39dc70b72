import { formatCredit } from '@shared/editor/attribution/formatCredit';
import { formatQuoteAttribution } from '@shared/editor/attribution/formatQuoteAttribution';
import { formatDateline } from '@shared/editor/dateline/formatDateline';
import { printedDateline } from '@shared/export/model/printedDateline';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { Story } from '@shared/story/story';
import type { SearchDocument } from './SearchEngine';

const field = (attrs: EditorNodeJson['attrs'], name: string): string => {
  const value = attrs?.[name];
  return typeof value === 'string' ? value.trim() : '';
};

const joinPresent = (parts: readonly string[], separator: string): string =>
  parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(separator);

interface BodyParts {
  lines: string[];
  speakers: string[];
  dateline: string;
}

/** Marks split a word into several text nodes and never end it; inline leaves such as hard breaks do. */
function inlineText(nodes: readonly EditorNodeJson[]): string {
  return nodes.map((node) => node.text ?? ' ').join('');
}

// A JSON walk rather than the editor's schema: bodies were checked by it when saved, and a rebuild reads tens
// of thousands of stories on main, where building a ProseMirror tree for each would cost far more.
function walk(node: EditorNodeJson, parts: BodyParts): void {
  switch (node.type) {
    case 'editorNote':
      return;
    case 'dateline': {
      const fields = {
        city: field(node.attrs, 'city'),
        region: field(node.attrs, 'region'),
        date: field(node.attrs, 'date'),
        source: field(node.attrs, 'source'),
      };
      const line = printedDateline(formatDateline(fields));
      parts.dateline = joinPresent([line, fields.city, fields.region], ' ');
      if (line) parts.lines.push(line);
      return;
    }
    case 'quoteAttribution': {
      const fields = {
        speaker: field(node.attrs, 'speaker'),
        title: field(node.attrs, 'title'),
        organization: field(node.attrs, 'organization'),
        context: field(node.attrs, 'context'),
      };
      if (fields.speaker) parts.speakers.push(fields.speaker);
      const line = formatQuoteAttribution(fields);
      if (line) parts.lines.push(line);
      return;
    }
    case 'attribution': {
      const line = formatCredit({
        kind: field(node.attrs, 'kind') || 'reporting',
        names: field(node.attrs, 'names'),
        organization: field(node.attrs, 'organization'),
        place: field(node.attrs, 'place'),
      });
      if (line) parts.lines.push(line);
      return;
    }
  }
  const content = node.content ?? [];
  if (node.text !== undefined) parts.lines.push(node.text);
  else if (content.some((child) => child.type === 'text')) parts.lines.push(inlineText(content));
  else for (const child of content) walk(child, parts);
}

/** A story as the search index sees it: the text a reader could find it by, editor's and desk notes left out. */
export function searchDocumentOf(story: Story): SearchDocument {
  const parts: BodyParts = { lines: [story.subheadline], speakers: [], dateline: '' };
  walk(story.body, parts);
  const speakers = new Set([...parts.speakers, ...story.quotes.map((quote) => quote.speaker.trim())]);
  return {
    id: story.id,
    headline: story.headline.trim(),
    body: joinPresent(parts.lines, '\n'),
    bylines: joinPresent(
      story.bylines.map((byline) => joinPresent([byline.name, byline.title, byline.organization], ', ')),
      '\n',
    ),
    dateline: parts.dateline,
    keywords: joinPresent(story.keywords, '\n'),
    speakers: joinPresent([...speakers], '\n'),
  };
}
