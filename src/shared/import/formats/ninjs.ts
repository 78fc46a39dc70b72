import type { EditorNodeJson } from '../../story/editorDocument';
import type { Byline } from '../../story/story';
import type { ImportFormat } from '../importFormat';
import { importedStoryOf } from '../importedStoryOf';
import { ImportError } from '../ImportError';
import type { DroppedLine } from '../recognize/recognizedCopy';
import { fitting } from '../ninjs/fieldText';
import { locatedDateline } from '../ninjs/locatedDateline';
import { ninjsAssociations } from '../ninjs/ninjsAssociations';
import { ninjsBody } from '../ninjs/ninjsBody';
import { ninjsBodySource } from '../ninjs/ninjsBodySource';
import { ninjsBylines } from '../ninjs/ninjsBylines';
import { ninjsFieldsOf } from '../ninjs/ninjsFields';
import { ninjsHeadlines } from '../ninjs/ninjsHeadlines';
import { ninjsItemOf, looksLikeNinjs } from '../ninjs/ninjsJson';
import { ninjsStoryFields } from '../ninjs/ninjsStoryFields';
import { ninjsSubjects } from '../ninjs/ninjsSubjects';
import { ninjsVersionOf } from '../ninjs/ninjsVersion';

const MAX_BYLINES = 50;

// A story keeps at most 50 bylines of 200 characters a field; whatever does not fit is listed, not cut.
function fittingBylines(bylines: Byline[], dropped: DroppedLine[]): Byline[] {
  const kept = bylines
    .filter((byline) => fitting(byline.name, 200, 'byline name', dropped))
    .map((byline) => ({
      name: byline.name,
      title: fitting(byline.title, 200, 'byline title', dropped),
      organization: fitting(byline.organization, 200, 'byline organization', dropped),
    }));
  for (const byline of kept.slice(MAX_BYLINES))
    dropped.push({ text: byline.name, reason: 'A story has at most 50 bylines' });
  return kept.slice(0, MAX_BYLINES);
}

function withDateline(body: EditorNodeJson, dateline: ReturnType<typeof locatedDateline>): EditorNodeJson {
  if (!dateline) return body;
  return { ...body, content: [{ type: 'dateline', attrs: { ...dateline } }, ...(body.content ?? [])] };
}

/**
 * An IPTC ninjs news item, 1.x, 2.x or 3.x, as wire services and Copydesk's own exports write it: the
 * headlines, bylines, subjects, slugline, language, urgency and embargo become the story's fields, and the
 * body (HTML when there is one) is read like any article's; attached pictures are listed as unreadable.
 */
export const ninjsImport: ImportFormat = {
  id: 'ninjs',
  label: 'ninjs (IPTC News in JSON)',
  extensions: ['.ninjs', '.json'],
  sniff: looksLikeNinjs,
  import: async (bytes, { fileName, importedAt }) => {
    const raw = ninjsItemOf(bytes);
    const item = ninjsFieldsOf(raw);
    const { version } = ninjsVersionOf(raw);
    const source = ninjsBodySource(item);
    const dropped: DroppedLine[] = [];
    const { headline, subheadline } = ninjsHeadlines(item, dropped);
    if (!source && !headline) {
      const kind = item.type && item.type !== 'text' ? ` it is a ${item.type} item, and` : '';
      throw new ImportError(
        'unreadable',
        `The ninjs item holds no story:${kind} it has no headline and no body.`,
      );
    }
    // The item's own time gives a year to a dateline's "Feb 26", as the copy's date would.
    const reading = ninjsBody(source, item.versionCreated ?? item.versioncreated ?? importedAt);
    const body = reading.dateline ? reading.body : withDateline(reading.body, locatedDateline(item));
    return importedStoryOf(
      {
        headline,
        subheadline,
        bylines: fittingBylines(ninjsBylines(item), dropped),
        ...ninjsSubjects(item, dropped),
        ...ninjsStoryFields(item, dropped),
        body,
        quotes: reading.quotes,
      },
      {
        source: fileName,
        format: `ninjs ${version}`,
        dropped,
        unreadable: [...reading.unreadable, ...ninjsAssociations(item)],
      },
    );
  },
};
