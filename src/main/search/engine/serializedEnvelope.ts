/**
 * Persisted indexes start with a header naming the engine and its format, so an index written by the other
 * engine, an older format or a torn write is refused before the library parses megabytes of it.
 */
export function wrapSerialized(engine: string, format: number, payloadJson: string): Uint8Array {
  return Buffer.from(`{"engine":${JSON.stringify(engine)},"format":${format},"payload":${payloadJson}}`);
}

function textOf(bytes: Uint8Array, engine: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error(`Corrupt ${engine} index`, { cause: error });
  }
}

export function unwrapSerialized(engine: string, format: number, bytes: Uint8Array): unknown {
  const serialized = textOf(bytes, engine);
  const header = `{"engine":${JSON.stringify(engine)},"format":${format},"payload":`;
  if (!serialized.startsWith(header)) throw new Error(`Not a ${engine} index of format ${format}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(serialized);
  } catch (error) {
    throw new Error(`Corrupt ${engine} index`, { cause: error });
  }
  const payload = (parsed as { payload?: unknown }).payload;
  if (typeof payload !== 'object' || payload === null) throw new Error(`Corrupt ${engine} index`);
  return payload;
}
