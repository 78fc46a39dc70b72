const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON to sit inside a `<script>` element: `<` and `>` escaped, so no value can close the script or open a
 * comment, and `&` and the line separators too, for readers that treat the block as HTML or JavaScript.
 * The JSON parses to the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (character) => SCRIPT_UNSAFE[character]!,
  );
}
