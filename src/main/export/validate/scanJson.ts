export interface JsonScan {
  /** The line each value starts on, by JSON Pointer ("" for the root, "/headlines/0/value"). */
  lines: Map<string, number>;
  /** The first syntax error, or null for well-formed JSON. */
  error: { line: number; message: string } | null;
}

type Frame =
  { kind: 'object'; pointer: string; key: string } | { kind: 'array'; pointer: string; index: number };

class JsonSyntaxError extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** A property name as one JSON Pointer segment (RFC 6901), as ajv writes instance paths. */
export function jsonPointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Reads JSON text only to say where things are: the line of each value, for messages about a document
 * that parsed, and the line of the first syntax error, which JSON.parse does not give. Iterative, so a
 * deeply nested file cannot overflow the stack.
 */
export function scanJson(text: string): JsonScan {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let at = 0;
  let line = 1;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message);
  };
  const skipSpace = () => {
    for (; at < text.length; at += 1) {
      const character = text[at];
      if (character === '\n' || (character === '\r' && text[at + 1] !== '\n')) line += 1;
      else if (character !== ' ' && character !== '\t' && character !== '\r') return;
    }
  };
  const endOfString = (): number => {
    for (let end = at + 1; end < text.length; end += 1) {
      const code = text.charCodeAt(end);
      if (code === 0x22) return end;
      if (code < 0x20) fail('A string is not closed on its line, or holds a control character.');
      if (code === 0x5c) {
        const escape = text[end + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(end + 2, end + 6)))
            fail('A \\u escape needs 4 hex digits.');
          end += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) end += 1;
        else fail('A string holds an escape JSON does not have.');
      }
    }
    return fail('A string is not closed before the end of the file.');
  };
  const readKey = (): string => {
    skipSpace();
    if (text[at] !== '"') fail('Expected a property name in double quotes.');
    const end = endOfString();
    const key = JSON.parse(text.slice(at, end + 1)) as string;
    at = end + 1;
    skipSpace();
    if (text[at] !== ':') fail("Expected ':' after a property name.");
    at += 1;
    return key;
  };
  const pointerOfNext = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    return `${top.pointer}/${top.kind === 'object' ? jsonPointerSegment(top.key) : top.index}`;
  };

  const readValue = (): boolean => {
    skipSpace();
    const pointer = pointerOfNext();
    lines.set(pointer, line);
    const character = text[at];
    if (character === '{') {
      at += 1;
      skipSpace();
      if (text[at] === '}') {
        at += 1;
        return false;
      }
      stack.push({ kind: 'object', pointer, key: readKey() });
      return true;
    }
    if (character === '[') {
      at += 1;
      skipSpace();
      if (text[at] === ']') {
        at += 1;
        return false;
      }
      stack.push({ kind: 'array', pointer, index: 0 });
      return true;
    }
    if (character === '"') {
      at = endOfString() + 1;
      return false;
    }
    const literal = LITERALS.find((word) => text.startsWith(word, at));
    if (literal) {
      at += literal.length;
      return false;
    }
    NUMBER.lastIndex = at;
    if (NUMBER.test(text)) {
      at = NUMBER.lastIndex;
      return false;
    }
    return fail(at >= text.length ? 'The file ends where a value should be.' : 'Expected a value.');
  };

  // After a value: a comma opens the next member, a bracket closes its container.
  const closeOrContinue = (): boolean => {
    for (;;) {
      skipSpace();
      const top = stack.at(-1);
      if (!top) {
        if (at < text.length) fail('Unexpected text after the JSON value.');
        return false;
      }
      const close = top.kind === 'object' ? '}' : ']';
      if (text[at] === ',') {
        at += 1;
        if (top.kind === 'object') top.key = readKey();
        else top.index += 1;
        return true;
      }
      if (text[at] !== close) fail(`Expected ',' or '${close}'.`);
      at += 1;
      stack.pop();
    }
  };

  try {
    let more = readValue();
    for (;;) {
      while (more) more = readValue();
      if (!closeOrContinue()) break;
      more = true;
    }
    return { lines, error: null };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { lines, error: { line, message: error.message } };
    throw error;
  }
}
