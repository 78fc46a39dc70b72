import { bylinePeople } from '../model/bylineParts';
import type { ExportStory } from '../model/exportStory';
import { printedDateline } from '../model/printedDateline';
import { instantOf } from '../model/storyTime';
import { wholeNumber } from '../model/wholeNumber';
import type { XmlElement } from '../xml/xmlNode';
import { block, element } from '../xml/xmlNode';
import { xmlLanguage } from '../xml/xmlLanguage';
import { g2Creator } from './g2Creator';
import { g2DateTime } from './g2DateTime';
import { g2Located } from './g2Located';
import { g2String } from './g2Strings';

function creditLines(story: ExportStory): string[] {
  return story.blocks.flatMap((exported) =>
    exported.kind === 'credit' && exported.credit.line ? [exported.credit.line] : [],
  );
}

/**
 * What the content is: its urgency (the desk's priority), creation and modification times, where it was
 * written (`located`, from the dateline), who wrote it (a `creator` per byline), then its language,
 * keywords, section (as a subject), slug, headline, subheadline (as the summary description: NewsML-G2
 * has no subheadline), the printed dateline, the byline and the credit lines as written.
 */
export function g2ContentMeta(story: ExportStory): XmlElement {
  const by = bylinePeople(story.bylines);
  return block('contentMeta', {}, [
    element('urgency', {}, [String(wholeNumber('priority', story.priority, 1, 9))]),
    element('contentCreated', {}, [g2DateTime(instantOf('creation time', story.createdAt))]),
    element('contentModified', {}, [g2DateTime(instantOf('update time', story.updatedAt))]),
    g2Located(story.dateline),
    ...story.bylines.map(g2Creator),
    element('language', { tag: xmlLanguage(story.language) }),
    ...story.keywords.map((keyword) => element('keyword', {}, [g2String(keyword)])),
    story.section && block('subject', {}, [element('name', {}, [g2String(story.section)])]),
    story.slug && element('slugline', {}, [g2String(story.slug)]),
    story.headline && element('headline', {}, [story.headline]),
    story.subheadline && element('description', { role: 'drol:summary' }, [story.subheadline]),
    story.dateline?.line && element('dateline', {}, [printedDateline(story.dateline.line)]),
    by && element('by', {}, [by]),
    ...creditLines(story).map((line) => element('creditline', {}, [g2String(line)])),
  ]);
}
