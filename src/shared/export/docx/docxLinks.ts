import type { File, ParagraphChild } from 'docx';
import { ConcreteHyperlink } from 'docx';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
// Word keeps a fragment of up to 255 characters apart from the address, in the link's anchor.
const MAX_ANCHOR = 255;

/**
 * The story's links, numbered in reading order. The docx library names a link's relationship with a random
 * id, which would make every export of one story differ; numbering them here keeps the file repeatable.
 */
export class DocxLinks {
  private readonly targets: string[] = [];

  hyperlink(href: string, children: readonly ParagraphChild[]): ConcreteHyperlink {
    const hash = href.indexOf('#');
    const fragment = hash > 0 ? href.slice(hash + 1) : '';
    const anchored = fragment.length > 0 && fragment.length <= MAX_ANCHOR;
    this.targets.push(anchored ? href.slice(0, hash) : href);
    const id = `Link${this.targets.length}`;
    return anchored
      ? new ConcreteHyperlink(children, id, fragment, href)
      : new ConcreteHyperlink(children, id);
  }

  /** Adds the links' relationships to the document, once its paragraphs are in it. */
  addTo(document: File): void {
    this.targets.forEach((target, at) => {
      document.Document.Relationships.addRelationship(`Link${at + 1}`, HYPERLINK, target, 'External');
    });
  }
}
