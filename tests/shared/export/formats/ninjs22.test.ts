/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.ninjs-2.2.json`, `golden/every-block.ninjs-2.2.json`):
 * - lowercase names only, in the fixed order uri, standard, type, representationtype, version, firstcreated,
 *   versioncreated, embargoed, pubstatus, urgency, language, slugline, headlines, by, people, organisations,
 *   located, subjects, bodies; `standard` names ninjs 2.2 and the schema's `$id`.
 * - the same values as the 3.1 files: uri `urn:uuid:<story id>`, version "7", times as stored, `usable`
 *   for the approved sample and `withheld` (with `embargoed`) for the every-block story in edit.
 * - headlines main and `subhead`; `by` the desk's list of people without the "By", titles and
 *   organizations kept ("Olena Kovalenko, Kyiv Bureau Chief, Copydesk News, and Giorgos Papadopoulos");
 *   `people` each named byline with rel `author`, `organisations` their organization once (Copydesk News),
 *   so an importer tells a title from an organization;
 *   `located` "Istanbul, Turkey" / "Kherson, Ukraine"; subjects: the section (rel `section`) then the
 *   keywords (rel `keyword`).
 * - the body is the shared body HTML (dateline opening the lede, quotes as figures with the speaker, Greek,
 *   Cyrillic and `& <tags> "text"` escaped once as HTML, then as JSON) with `contenttype` text/html,
 *   `wordcount` the story's and `charcount` the same copy's. No editor's or desk note anywhere.
 */
import { ninjs22, ninjs22Format } from '@shared/export/formats/ninjs22';
import { describeNinjs } from '../ninjs/ninjsSuite';

describeNinjs({
  version: '2.2',
  ninjs: ninjs22,
  format: ninjs22Format,
  names: {
    firstCreated: 'firstcreated',
    versionCreated: 'versioncreated',
    embargoed: 'embargoed',
    pubStatus: 'pubstatus',
    contentType: 'contenttype',
    charCount: 'charcount',
    wordCount: 'wordcount',
    edNote: 'ednote',
  },
});
