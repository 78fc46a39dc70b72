import { escapeHtml } from '../../export/html/escapeHtml';
import { CREDIT_LEADS, type CreditParts } from '../../editor/attribution/formatCredit';
import { creditTextFields, isCreditLine } from '../html/creditFields';
import { localNameOf, wordsOf } from '../xml/xmlNames';
import { nitfInlineHtml } from './nitfInlineHtml';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// The longest lead first, so "Additional reporting by" is not read as "reporting by".
const LEADS = Object.entries(CREDIT_LEADS).sort(([, a], [, b]) => b.length - a.length);

function splitAtBreaks(tagline: Element): Node[][] {
  const lines: Node[][] = [[]];
  for (const node of [...tagline.childNodes]) {
    if (node.nodeType === 1 && localNameOf(node as Element) === 'br') lines.push([]);
    else lines.at(-1)?.push(node);
  }
  return lines.filter((line) => line.some((node) => (node.textContent ?? '').trim() !== ''));
}

const marked = (line: Node[], name: string) =>
  line.find((node) => node.nodeType === 1 && localNameOf(node as Element) === name);

// "Reporting by <person>…</person>, <org>…</org>, in <location>…</location>": each part taken as marked.
function markedFields(line: Node[], text: string): CreditParts | null {
  const person = marked(line, 'person');
  if (!person) return null;
  const lead = LEADS.find(([, words]) => text.toLowerCase().startsWith(`${words.toLowerCase()} `));
  if (!lead) return null;
  return {
    kind: lead[0],
    names: wordsOf(person),
    organization: wordsOf(marked(line, 'org')),
    place: wordsOf(marked(line, 'location')),
  };
}

function creditHtml({ kind, names, organization, place }: CreditParts): string {
  const data = Object.entries({ kind, names, organization, place })
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  return `<p class="credit"${data}></p>`;
}

/**
 * NITF's tagline, one line per `br`, as the body's credit lines: from their markup when they have it,
 * else read from their words ("Editing by Sam Editor, Copydesk News"). A line that is no credit
 * ("Stuart Myles contributed to this article") stays a paragraph, so its words are kept.
 */
export function taglineCreditHtml(tagline: Element): string {
  return splitAtBreaks(tagline)
    .map((line) => {
      const text = collapse(line.map((node) => node.textContent ?? '').join(''));
      const fields = markedFields(line, text) ?? (isCreditLine(text) ? creditTextFields(text) : null);
      return fields ? creditHtml(fields) : `<p>${line.map(nitfInlineHtml).join('')}</p>`;
    })
    .join('');
}
