const LOWER_WORDS = new Set(['de', 'del', 'da', 'do', 'la', 'le', 'of', 'on', 'upon', 'am', 'im']);

/** "RIO DE JANEIRO" → "Rio de Janeiro": the editor prints the city in capitals; the library lists it as a name. */
export function cityName(capitals: string): string {
  return capitals
    .toLowerCase()
    .split(' ')
    .map((word, at) =>
      at > 0 && LOWER_WORDS.has(word)
        ? word
        : word.replace(
            /(^|[-'.])(\p{L})/gu,
            (_, lead: string, letter: string) => lead + letter.toUpperCase(),
          ),
    )
    .join(' ');
}
