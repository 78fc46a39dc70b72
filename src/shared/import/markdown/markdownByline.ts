import { bylineParts } from '../../export/model/bylineParts';
import type { Byline } from '../../story/story';
import { parseByline } from '../recognize/top/parseByline';

// An organization is set in italics in our byline ("By Jane Doe, _Copydesk News_"): these marks stand for
// the italics while the line is taken apart, so a lone title and a lone organization cannot be confused.
const OPEN = '\u0001';
const CLOSE = '\u0002';
const ORGANIZATION = new RegExp(`^${OPEN}([^${OPEN}${CLOSE}]*)${CLOSE}$`);
const MARKS = new RegExp(`[${OPEN}${CLOSE}]`);
const MAX_NAME_WORDS = 6;

function markedText(paragraph: Element): string {
  return [...paragraph.childNodes]
    .map((node) => {
      const text = node.textContent ?? '';
      return (node as Element).tagName === 'EM' ? `${OPEN}${text}${CLOSE}` : text;
    })
    .join('');
}

function person(text: string): Byline | null {
  const [name = '', ...rest] = text.split(', ');
  const organization = ORGANIZATION.exec(rest.at(-1) ?? '')?.[1];
  const titles = organization === undefined ? rest : rest.slice(0, -1);
  if (!name || [name, ...titles].some((piece) => MARKS.test(piece))) return null;
  return { name, title: titles.join(', '), organization: organization ?? '' };
}

function people(texts: string[]): Byline[] | null {
  const bylines = texts.map(person);
  return bylines.every((byline) => byline !== null) ? (bylines as Byline[]) : null;
}

function namesList(text: string): Byline[] | null {
  const shared = new RegExp(`^(.*), (${OPEN}[^${OPEN}${CLOSE}]*${CLOSE})$`).exec(text);
  const organization = shared ? (ORGANIZATION.exec(shared[2]!)?.[1] ?? '') : '';
  const names = (shared ? shared[1]! : text).split(', ');
  const last = names.pop() ?? '';
  const and = last.lastIndexOf(' and ');
  if (and < 0) return null;
  names.push(last.slice(0, and), last.slice(and + ' and '.length));
  if (names.some((name) => !name || MARKS.test(name))) return null;
  return names.map((name) => ({ name, title: '', organization }));
}

function splitsAt(text: string, separator: string): string[][] {
  const splits: string[][] = [];
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1))
    splits.push([text.slice(0, at), text.slice(at + separator.length)]);
  return splits;
}

// Every way our exporter could have written the people, most people first (a name holding " and " is
// rarer than two people), and people sharing an organization before one of them alone having it, which
// the byline writes the same way.
function candidates(text: string): (Byline[] | null)[] {
  const semicolons = text.split('; ').map((part, at) => (at > 0 ? part.replace(/^and /, '') : part));
  return [
    text.includes('; ') ? people(semicolons) : null,
    namesList(text),
    ...[...splitsAt(text, ', and '), ...splitsAt(text, ' and ')].map(people),
    people([text]),
  ];
}

const rendered = (bylines: Byline[], marked = true) =>
  bylineParts(bylines)
    .map((part) => (part.role === 'organization' && marked ? `${OPEN}${part.text}${CLOSE}` : part.text))
    .join('');

const plausible = (bylines: Byline[], text: string) =>
  bylines.every((byline) => byline.name.split(/\s+/).length <= MAX_NAME_WORDS) && !/[.!?]$/.test(text.trim());

/**
 * The bylines in a `By …` paragraph: read exactly when it is written as our exporter writes it (the
 * reading that writes back to the same line), else as a desk would read a byline in copy; null when the
 * paragraph is not a byline.
 */
export function markdownByline(paragraph: Element): Byline[] | null {
  const marked = markedText(paragraph);
  if (!marked.startsWith('By ')) return null;
  const text = marked.slice('By '.length);
  const exact = candidates(text).find(
    (bylines): bylines is Byline[] => bylines !== null && rendered(bylines) === marked,
  );
  const plain = (paragraph.textContent ?? '').trim();
  const recognized = parseByline(plain)?.map(({ name, title, organization }) => ({
    name,
    title,
    organization,
  }));
  // Without italics the line names no organization we wrote, but copy from elsewhere does not set them
  // apart: when a desk's reading finds the same people ("By Jane Doe, Reuters"), its titles and
  // organizations are taken.
  const samePeople =
    recognized !== undefined &&
    exact !== undefined &&
    !MARKS.test(marked) &&
    JSON.stringify(recognized.map((byline) => byline.name)) ===
      JSON.stringify(exact.map((byline) => byline.name)) &&
    rendered(recognized, false) === marked;
  if (samePeople) return recognized;
  if (exact && (plausible(exact, plain) || recognized)) return exact;
  return recognized ?? null;
}
