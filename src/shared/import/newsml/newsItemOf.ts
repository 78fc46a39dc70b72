import type { Dropped } from '../nitf/fitDraft';
import { childAt, childrenNamed, wordsOf, attributeOf } from '../xml/xmlNames';
import { wrongRoot } from '../xml/wrongRoot';
import { NAR_NAMESPACE } from './g2Namespace';
import type { XmlFile } from '../xml/readXml';

/**
 * The news item a file holds: its root, or the first item of a `newsMessage` (the others are listed as
 * dropped: a file becomes one story). Any other root, or a root outside the NAR namespace (NewsML 1.x), is
 * the wrong format.
 */
export function newsItemOf(file: XmlFile, dropped: Dropped): Element {
  if (file.rootNamespace !== NAR_NAMESPACE) throw wrongRoot('a NewsML-G2 news item', file.rootName);
  if (file.rootName === 'newsItem') return file.root;
  if (file.rootName !== 'newsMessage') throw wrongRoot('a NewsML-G2 news item', file.rootName);
  const [first, ...others] = childrenNamed(childAt(file.root, 'itemSet'), 'newsItem');
  if (!first) throw wrongRoot('a NewsML-G2 news item', 'newsMessage', ' with no news item in it');
  for (const other of others)
    dropped.push({
      text:
        wordsOf(childAt(other, 'contentMeta', 'headline')) || (attributeOf(other, 'guid') ?? 'a news item'),
      reason: 'a news item past the first of the message: a file becomes one story',
    });
  return first;
}
