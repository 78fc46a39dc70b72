import type { DroppedLine } from '../recognize/recognizedCopy';
import { fitting, oneLine } from './fieldText';
import type { NinjsFields } from './ninjsFields';

const MAX_KEYWORDS = 200;

/**
 * The section (the subject with rel "section") and the keywords: every other named subject, then the
 * item's `keywords`, each once. What a story cannot hold is listed as dropped.
 */
export function ninjsSubjects(
  item: NinjsFields,
  dropped: DroppedLine[],
): { section: string; keywords: string[] } {
  const subjects = (item.subjects ?? item.subject ?? []).filter((subject) => oneLine(subject.name));
  const isSection = (rel: string | null | undefined) => (rel ?? '').toLowerCase() === 'section';
  const sectionSubject = subjects.find((subject) => isSection(subject.rel));
  const named = subjects
    .filter((subject) => subject !== sectionSubject)
    .map((subject) => oneLine(subject.name));
  const keywords: string[] = [];
  for (const keyword of [...named, ...(item.keywords ?? []).map(oneLine)]) {
    if (!keyword || keywords.includes(keyword)) continue;
    if (keywords.length === MAX_KEYWORDS)
      dropped.push({ text: keyword, reason: 'A story has at most 200 keywords' });
    else if (fitting(keyword, 100, 'keyword', dropped)) keywords.push(keyword);
  }
  return { section: fitting(oneLine(sectionSubject?.name), 200, 'section', dropped), keywords };
}
