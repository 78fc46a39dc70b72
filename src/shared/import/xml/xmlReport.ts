import type { ImportedStory } from '../importedStory';
import type { XmlFile } from './readXml';

/** The report's lines a story read from XML adds to the usual ones: slug, priority, embargo, encoding. */
export function addXmlReport(imported: ImportedStory, file: XmlFile): ImportedStory {
  const { draft, report } = imported;
  if (draft.slug) report.recognized.push(`Slug: ${draft.slug}`);
  if (draft.language) report.recognized.push(`Language: ${draft.language}`);
  if (draft.priority !== undefined) report.recognized.push(`Priority: ${draft.priority}`);
  if (draft.embargo) report.recognized.push(`Embargo: ${draft.embargo}`);
  if (file.encoding !== 'utf-8') report.recognized.push(`Read as ${file.encoding}, as the file declares.`);
  if (file.declaresEntities)
    report.unreadable.push('Entities declared in the file’s DOCTYPE: never expanded, left as written');
  return imported;
}
