import { DOMParser } from 'linkedom';
import { checkWellFormed } from './checkWellFormed';
import { decodeXml } from './decodeXml';
import { localNameOf, namespaceOf } from './xmlNames';

export interface XmlFile {
  root: Element;
  /** The root's name without a prefix, and the namespace it is in ('' for none). */
  rootName: string;
  rootNamespace: string;
  /** 'utf-8', or the encoding the file was read in. */
  encoding: string;
  /** Set when the file's DOCTYPE declared entities: they are never expanded, only reported. */
  declaresEntities: boolean;
}

/**
 * An XML file read safely: decoded as its declaration says, checked to be well-formed (an ImportError says
 * where it is not), its DOCTYPE left out so no DTD, external entity or entity expansion is ever read, then
 * parsed by linkedom, which fetches nothing.
 */
export function readXml(bytes: Uint8Array): XmlFile {
  const { text, encoding } = decodeXml(bytes);
  const shape = checkWellFormed(text);
  const document = new DOMParser().parseFromString(shape.text, 'text/xml') as unknown as Document;
  const root = document.documentElement;
  return {
    root,
    rootName: localNameOf(root),
    rootNamespace: namespaceOf(root),
    encoding,
    declaresEntities: shape.declaresEntities,
  };
}
