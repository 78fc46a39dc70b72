import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';

const FIXTURES = join(__dirname, '..', 'fixtures', 'docx');

/** A fixture of this folder's fixtures/docx, as text. */
export const fixtureText = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

// The smallest PNG there is: one transparent pixel.
const PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);

const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/**
 * A wire story as a reporter types it in Word: the headline in Heading 1, the byline and the dateline typed
 * in plain paragraphs, a quote with its speaker, a picture with alt text, a style Word does not ship, and
 * the core properties Word writes (its own author, a title it was given, keywords as Word writes its tags).
 */
export async function foreignWireDocx(): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      paragraphStyles: [{ id: 'Tagline', name: 'Tagline', basedOn: 'Normal', run: { italics: true } }],
    },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun('Senate passes stopgap bill to avert shutdown')],
          }),
          plain('By Jane Doe, Reuters'),
          plain(
            'WASHINGTON, Feb 26 (Reuters) - The U.S. Senate on Thursday passed a stopgap funding bill, sending it to President Biden hours before a midnight deadline.',
          ),
          plain(
            '“We will not let the government shut down,” said Chuck Schumer, the Senate majority leader.',
          ),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: PIXEL,
                transformation: { width: 320, height: 200 },
                altText: { name: 'Picture 1', description: 'Senators leave the chamber after the vote' },
              }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('The bill now goes to the House, '),
              new ExternalHyperlink({
                link: 'https://www.reuters.com/world/us/',
                children: [new TextRun({ text: 'Reuters reported', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            style: 'Tagline',
            children: [new TextRun('Reporting by Jane Doe; Editing by Sam Roe')],
          }),
        ],
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: fixtureText('wire-core.xml') },
  ]);
}
