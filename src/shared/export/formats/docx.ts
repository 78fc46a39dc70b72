import { Document, Packer } from 'docx';
import { coreXml } from '../docx/coreXml';
import { docxBlocks } from '../docx/docxBlocks';
import { DocxLinks } from '../docx/docxLinks';
import { docxStyles } from '../docx/docxStyles';
import { stampZipTimes } from '../docx/stampZipTimes';
import type { ExportFormat } from '../exportFormat';
import type { ExportStory } from '../model/exportStory';
import { instantOf } from '../model/storyTime';
import { xmlChars } from '../xml/xmlChars';

/**
 * The story as a Word document in Word's own styles (Title, Subtitle, heading 2 and 3, Quote, Intense
 * Quote), with its core properties from the story. The same story always gives the same bytes.
 */
export async function storyDocx(story: ExportStory): Promise<Uint8Array> {
  const modified = instantOf('update time', story.updatedAt);
  const links = new DocxLinks();
  // The core properties (title, creator, times) are written from the story by coreXml, over the library's.
  const document = new Document({
    styles: docxStyles(xmlChars(story.language)),
    sections: [{ children: docxBlocks(story, links) }],
  });
  links.addTo(document);
  const zip = await Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreXml(story) },
  ]);
  return stampZipTimes(zip, modified);
}

export const docxFormat: ExportFormat = {
  id: 'docx',
  label: 'Word document (DOCX)',
  fileSuffix: '.docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  isText: false,
  export: (story) => storyDocx(story),
};
