/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.ninjs-3.1.json`, `golden/every-block.ninjs-3.1.json`):
 * - camelCase names only, in the fixed order uri, standard, type, representationType, version, firstCreated,
 *   versionCreated, embargoedUntil, pubStatus, urgency, language, slugline, headlines, by, people,
 *   organisations, located, subjects, bodies; `standard` names ninjs 3.1 and the schema's `$id`.
 * - uri `urn:uuid:<story id>`, version "7" from the revision, times as stored; the sample is approved, so
 *   `usable`; the every-block story is in edit, so `withheld`, with its embargo as `embargoedUntil`.
 * - headlines: main, and the subheadline as `subhead` (the sample has none); `by` is the desk's list of
 *   people without the "By", titles and organizations kept ("Olena Kovalenko, Kyiv Bureau Chief,
 *   Copydesk News, and Giorgos Papadopoulos"); `located` is "Istanbul, Turkey" / "Kherson, Ukraine" as a
 *   reader writes it.
 * - people: each named byline with rel `author`; organisations: their organizations once (Copydesk News),
 *   rel `author`, so an importer can tell which words of `by` are an organization and which a title.
 * - subjects: the section (rel `section`) then each keyword (rel `keyword`).
 * - the body is the shared body HTML: the AP dateline opens the lede, quotes are figures with the speaker
 *   in the caption, the Greek, Cyrillic and `& <tags> "text"` are escaped once (HTML), then JSON-escaped;
 *   wordCount is the story's; charCount counts the same copy. No editor's or desk note anywhere.
 */
import { ninjs31, ninjs31Format } from '@shared/export/formats/ninjs31';
import { describeNinjs } from '../ninjs/ninjsSuite';

describeNinjs({
  version: '3.1',
  ninjs: ninjs31,
  format: ninjs31Format,
  names: {
    firstCreated: 'firstCreated',
    versionCreated: 'versionCreated',
    embargoed: 'embargoedUntil',
    pubStatus: 'pubStatus',
    contentType: 'contentType',
    charCount: 'charCount',
    wordCount: 'wordCount',
    edNote: 'edNote',
  },
});
