// Marks that combine with the letter before them, and invisible format characters, take no column.
const ZERO_WIDTH = /^[\p{M}\p{Cf}]$/u;

// East Asian wide and full-width characters take two columns on a terminal or a fixed-width screen.
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** How many columns a text takes in a fixed-width font, as wire copy is measured. */
export function columns(text: string): number {
  let count = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x300) count += 1;
    else if (!ZERO_WIDTH.test(character)) count += isWide(code) ? 2 : 1;
  }
  return count;
}
