export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  textStart: number;
  textEnd: number;
  /** Offset just past the closing mark, or the paragraph's end for a quote left open. */
  end: number;
  /** False for a quote that runs on into the next paragraph, as news style leaves it open. */
  closed: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’' };

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/**
 * Finds where the quote opened at `open` closes: for `‘`, the first `’` that is not an apostrophe inside a
 * word. Quotes are asked for in order, so each closer's last answer is kept: no stretch is searched twice.
 */
function closingFinder(text: string): (open: number) => number {
  const found = new Map<string, number>();
  return (open) => {
    const closer = PAIRS[text[open] ?? ''] ?? '';
    const known = found.get(closer);
    if (known !== undefined && (known < 0 || known > open)) return known;
    let index = text.indexOf(closer, open + 1);
    while (index >= 0 && closer === '’' && isWordCharacter(text[index + 1]))
      index = text.indexOf(closer, index + 1);
    found.set(closer, index);
    return index;
  };
}

function opensHere(text: string, index: number): boolean {
  const mark = text[index] ?? '';
  if (!(mark in PAIRS)) return false;
  // `5'11"` is a height and `rock ‘n’ roll` or `’90s` an elision: a quote opens after a space or a bracket.
  if ((mark === '"' || mark === '‘') && isWordCharacter(text[index - 1])) return false;
  return isWordCharacter(text[index + 1]) || /["“‘«([…]/u.test(text[index + 1] ?? '');
}

/** The direct quotations of a paragraph, in order; quotes inside a quote belong to it. */
export function quoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const closingOf = closingFinder(paragraph);
  const marks = /["“«‘]/gu;
  for (let mark = marks.exec(paragraph); mark; mark = marks.exec(paragraph)) {
    const index = mark.index;
    if (!opensHere(paragraph, index)) continue;
    const close = closingOf(index);
    // Only a double quotation mark runs on into the next paragraph; a lone `‘` is far likelier an apostrophe.
    if (close < 0 && paragraph[index] === '‘') continue;
    const textEnd = close < 0 ? paragraph.length : close;
    spans.push({
      open: index,
      textStart: index + 1,
      textEnd,
      end: close < 0 ? textEnd : close + 1,
      closed: close >= 0,
    });
    marks.lastIndex = close < 0 ? paragraph.length : close + 1;
  }
  return spans;
}
