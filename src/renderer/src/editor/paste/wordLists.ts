import { inlineStyleOf } from './inlineStyle';

interface WordListItem {
  paragraph: Element;
  list: string;
  level: number;
  ordered: boolean;
}

// Word numbers "1." "a)" "iv." "(2)"; its bullets are symbol-font glyphs such as "·", "o" and "§".
const NUMBERED_MARKER = /^\(?(\d+|[a-z]{1,5})[.)]$/i;
const WORD_LIST_STYLE = /^(l\d+)\s+level(\d+)/;

function listItemOf(paragraph: Element): WordListItem | null {
  const placement = WORD_LIST_STYLE.exec(inlineStyleOf(paragraph).get('mso-list') ?? '');
  if (!placement) return null;
  const marker = [...paragraph.querySelectorAll('span')].find(
    (span) => inlineStyleOf(span).get('mso-list') === 'ignore',
  );
  const ordered = NUMBERED_MARKER.test((marker?.textContent ?? '').trim());
  return { paragraph, list: placement[1] ?? '', level: Number(placement[2]), ordered };
}

type WordListGroup = [WordListItem, ...WordListItem[]];

/** Consecutive sibling paragraphs of the same Word list. */
function groupsOf(items: readonly WordListItem[]): WordListGroup[] {
  const groups: WordListGroup[] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && item.paragraph.previousElementSibling === last?.paragraph && item.list === last.list) {
      group.push(item);
    } else {
      groups.push([item]);
    }
  }
  return groups;
}

/** Nested lists following the items' levels; each deeper level goes inside the item before it. */
function buildList(group: WordListGroup, document: Document): Element {
  const root = document.createElement(group[0].ordered ? 'ol' : 'ul');
  const open = [{ level: group[0].level, list: root }];
  for (const item of group) {
    while (open.length > 1 && (open.at(-1)?.level ?? 0) > item.level) open.pop();
    let current = open.at(-1) ?? { level: item.level, list: root };
    if (current.level < item.level) {
      const nested = document.createElement(item.ordered ? 'ol' : 'ul');
      current.list.lastElementChild?.append(nested);
      current = { level: item.level, list: nested };
      open.push(current);
    }
    const entry = document.createElement('li');
    entry.append(item.paragraph);
    current.list.append(entry);
  }
  return root;
}

/**
 * Word writes lists as paragraphs styled `mso-list:l0 level1 lfo1`, with the bullet or number as text in
 * a hidden span. This rebuilds them as real, nested `<ul>`/`<ol>` before the document is cleaned.
 */
export function convertWordLists(pasted: DocumentFragment): void {
  const items = [...pasted.querySelectorAll('p[style*="mso-list"]')]
    .map(listItemOf)
    .filter((item) => item !== null);
  for (const group of groupsOf(items)) {
    // Building the list moves its paragraphs, the first one included, so a marker holds the list's place.
    const place = pasted.ownerDocument.createComment('');
    group[0].paragraph.before(place);
    place.replaceWith(buildList(group, pasted.ownerDocument));
  }
}
