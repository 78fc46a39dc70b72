import type { StoryDraft } from '../../story/story';
import { ImportError } from '../ImportError';
import type { ImportedDraft } from '../importedStoryOf';
import { readBodyHtml } from '../html/readBodyHtml';
import { type Dropped, fitDraft } from '../nitf/fitDraft';
import { readNitf } from '../nitf/readNitf';
import { g2Content } from './g2Content';
import { g2Meta } from './g2Meta';
import { withItemParts } from './g2BodyFixes';

export interface NewsItemReading {
  draft: ImportedDraft;
  dropped: Dropped;
  unreadable: string[];
  pubStatus: string;
}

type TextReading = {
  draft: Partial<StoryDraft> & Pick<ImportedDraft, 'body' | 'quotes'>;
  dropped: Dropped;
  unreadable: string[];
};

function textOf(item: Element, referenceDate?: string): TextReading {
  const content = g2Content(item);
  if (content.kind === 'nitf') return readNitf(content.nitf, referenceDate);
  if (content.kind === 'html') {
    const read = readBodyHtml(content.html, { referenceDate });
    return { draft: { body: read.body, quotes: read.quotes }, dropped: [], unreadable: read.unreadable };
  }
  const what = content.unreadable.length > 0 ? `: it holds ${content.unreadable.join('; ')}` : '';
  throw new ImportError('unreadable', `The news item holds no text Copydesk can read${what}.`);
}

/**
 * A story from a NewsML-G2 `newsItem`: the item's metadata first (headline, summary, slugline, creators,
 * subject, keywords, language, urgency, embargo; subjects past the first become keywords), the text's own NITF head where the metadata is silent,
 * and the body from the NITF, XHTML or plain text of its `contentSet`. The NITF bylines win over the
 * creators, as only they carry a title.
 */
export function readNewsItem(item: Element, referenceDate?: string): NewsItemReading {
  const meta = g2Meta(item, referenceDate);
  const text = textOf(item, referenceDate);
  const inner = text.draft;
  const dropped: Dropped = [...text.dropped];
  // A story has one section; the item's other subjects are what a desk files it under, so they become keywords.
  const keywords = meta.keywords.length > 0 ? meta.keywords : (inner.keywords ?? []);
  const subjectKeywords = meta.otherSubjects.filter((subject) => !keywords.includes(subject));
  const fields: Partial<StoryDraft> = fitDraft(
    {
      headline: meta.headline || inner.headline || '',
      subheadline: meta.subheadline || inner.subheadline || '',
      bylines: inner.bylines?.length ? inner.bylines : meta.bylines,
      section: meta.section || inner.section || '',
      keywords: [...keywords, ...subjectKeywords],
      language: meta.language || inner.language || '',
    },
    dropped,
  );
  const slug = meta.slug || inner.slug;
  const priority = meta.priority ?? inner.priority;
  const embargo = meta.embargo ?? inner.embargo;
  return {
    draft: {
      ...fields,
      ...(slug ? { slug } : {}),
      ...(priority !== undefined ? { priority } : {}),
      ...(embargo ? { embargo } : {}),
      body: withItemParts(inner.body, meta.dateline, meta.creditLines),
      quotes: inner.quotes,
    },
    dropped,
    unreadable: text.unreadable,
    pubStatus: meta.pubStatus,
  };
}
