import type { ExportStory } from '../model/exportStory';
import { instantOf } from '../model/storyTime';
import { storyUri } from '../model/storyUuid';
import { escapeXmlText } from '../xml/escapeXml';

const element = (name: string, text: string): string =>
  text ? `<${name}>${escapeXmlText(text)}</${name}>` : '';

const w3cdtf = (name: string, instant: Date): string =>
  `<${name} xsi:type="dcterms:W3CDTF">${instant.toISOString()}</${name}>`;

/**
 * The package's core properties (`docProps/core.xml`), written here rather than by the docx library, which
 * stamps the current time as created and modified: the story's own times keep the file byte-for-byte
 * repeatable and tell Word's File > Info when the story, not the export, was written.
 */
export function coreXml(story: ExportStory): string {
  const creators = story.bylines.map((byline) => byline.name).filter(Boolean);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties' +
    ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', story.headline) +
    element('dc:subject', story.subheadline) +
    element('dc:creator', creators.join('; ')) +
    element('cp:keywords', story.keywords.join('; ')) +
    element('cp:category', story.section) +
    element('dc:language', story.language) +
    element('dc:identifier', storyUri(story.id)) +
    element('cp:contentStatus', story.status) +
    element('cp:revision', String(story.revision)) +
    w3cdtf('dcterms:created', instantOf('creation time', story.createdAt)) +
    w3cdtf('dcterms:modified', instantOf('update time', story.updatedAt)) +
    '</cp:coreProperties>'
  );
}
