export interface TextPart {
  text: string;
  marked: boolean;
}

/** Lower case without accents, one entry per original character, so a match maps back to the text. */
function foldWithPositions(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const plain = text[index]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded += plain;
    for (let count = 0; count < plain.length; count += 1) origin.push(index);
  }
  return { folded, origin };
}

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/**
 * Splits `text` into marked and unmarked parts. A highlight matches at the start of a word, whatever
 * its case or accents, so "kyiv" marks "Kyïv" but "in" never marks the inside of "Kherson".
 */
export function highlightParts(text: string, highlights: readonly string[]): TextPart[] {
  const { folded, origin } = foldWithPositions(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of new Set(highlights.map((highlight) => foldWithPositions(highlight).folded))) {
    if (word.trim() === '') continue;
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      if (isWordCharacter(folded[at - 1])) continue;
      for (let index = origin[at]!; index <= origin[at + word.length - 1]!; index += 1) marked[index] = true;
    }
  }
  const parts: TextPart[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const last = parts.at(-1);
    if (last && last.marked === marked[index]) last.text += text[index];
    else parts.push({ text: text[index]!, marked: marked[index]! });
  }
  return parts;
}
