import { escapeHtml } from '../../export/html/escapeHtml';
import type { StoryDraft } from '../../story/story';
import type { ImportedDraft } from '../importedStoryOf';
import type { DatelineFields } from '../html/markedDateline';
import { readBodyHtml } from '../html/readBodyHtml';
import { childAt, childrenNamed, wordsOf, attributeOf } from '../xml/xmlNames';
import { type Dropped, fitDraft } from './fitDraft';
import { type BlockReading, blocksHtml } from './nitfBlockHtml';
import { nitfBylines } from './nitfBylines';
import { nitfDateline } from './nitfDateline';
import { type NitfDocdata, nitfDocdata } from './nitfDocdata';
import { taglineCreditHtml } from './taglineCreditHtml';

export interface NitfReading {
  draft: ImportedDraft;
  docdata: NitfDocdata;
  dropped: Dropped;
  unreadable: string[];
}

function datelineHtml(dateline: DatelineFields | null): string {
  if (!dateline) return '';
  const data = Object.entries(dateline)
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  return `<p><span class="dateline"${data}></span></p>`;
}

function subheadlineOf(hedline: Element | null, bodyHead: Element | null): string {
  const decks = childrenNamed(hedline, 'hl2').map(wordsOf).filter(Boolean);
  // A wire story without a deck often summarizes itself in an abstract: the same place in the story's head.
  return decks.join(' ') || wordsOf(childAt(bodyHead, 'abstract'));
}

function storyHtml(body: Element | null, dateline: DatelineFields | null, reading: BlockReading): string {
  const html = [datelineHtml(dateline)];
  for (const content of childrenNamed(body, 'body.content')) html.push(...blocksHtml(content, reading));
  for (const tagline of childrenNamed(childAt(body, 'body.end'), 'tagline'))
    html.push(taglineCreditHtml(tagline));
  for (const bibliography of childrenNamed(childAt(body, 'body.end'), 'bibliography'))
    reading.dropped.push({
      text: wordsOf(bibliography),
      reason: 'a bibliography, not part of the story’s text',
    });
  return html.join('');
}

/**
 * A story from a `nitf` element, of its own file or inside a NewsML-G2 item: head and docdata give the
 * slug, keywords, priority, embargo, section and language; `body.head` the headline, deck, bylines and
 * dateline; `body.content` and the tagline the body, read by the one HTML body reader.
 */
export function readNitf(nitf: Element, referenceDate?: string): NitfReading {
  const head = childAt(nitf, 'head');
  const body = childAt(nitf, 'body');
  const bodyHead = childAt(body, 'body.head');
  const hedline = childAt(bodyHead, 'hedline');
  const docdata = nitfDocdata(head);
  const reading: BlockReading = { unreadable: [], dropped: [] };
  const { bylines, nameless } = nitfBylines(bodyHead);
  for (const words of nameless) reading.dropped.push({ text: words, reason: 'a byline that names nobody' });
  const dateline = nitfDateline(bodyHead, referenceDate);
  const read = readBodyHtml(storyHtml(body, dateline, reading), { referenceDate });
  const fields: Partial<StoryDraft> = fitDraft(
    {
      headline: wordsOf(childAt(hedline, 'hl1')) || wordsOf(childAt(head, 'title')),
      subheadline: subheadlineOf(hedline, bodyHead),
      bylines,
      section: (attributeOf(childAt(head, 'pubdata'), 'position.section') ?? '').trim(),
      keywords: docdata.keywords,
      language: (attributeOf(nitf, 'baselang') ?? attributeOf(nitf, 'xml:lang') ?? '').trim(),
    },
    reading.dropped,
  );
  if (docdata.slug) fields.slug = docdata.slug;
  if (docdata.priority !== null) fields.priority = docdata.priority;
  if (docdata.embargo !== null) fields.embargo = docdata.embargo;
  return {
    draft: { ...fields, body: read.body, quotes: read.quotes },
    docdata,
    dropped: reading.dropped,
    unreadable: [...reading.unreadable, ...read.unreadable],
  };
}
