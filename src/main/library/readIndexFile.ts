import { open, readFile } from 'node:fs/promises';
import { IndexLineReader } from './indexText';

const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * index.json's JSON, read a chunk at a time and parsed a line at a time, so that other work (the first page,
 * the window) runs between chunks. A file not written a story per line is parsed whole. Undefined when there
 * is no file; a SyntaxError when it is not JSON. Splitting bytes at newlines is safe: in UTF-8 a newline byte
 * is never part of another character.
 */
export async function readIndexJson(path: string): Promise<unknown> {
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!file) return undefined;
  try {
    const reader = new IndexLineReader();
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let carried = Buffer.alloc(0);
    let first = true;
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      const bytes = carried.length > 0 ? Buffer.concat([carried, chunk.subarray(0, bytesRead)]) : chunk;
      const end = carried.length > 0 ? bytes.length : bytesRead;
      let start = 0;
      for (let newline = bytes.indexOf(NEWLINE, start); newline >= 0 && newline < end;) {
        const line = bytes.toString('utf8', start, newline);
        if (first && !IndexLineReader.startsIndex(line)) return await readWhole(path);
        first = false;
        reader.read(line);
        start = newline + 1;
        newline = bytes.indexOf(NEWLINE, start);
      }
      carried = Buffer.from(bytes.subarray(start, end));
      if (first && carried.length > CHUNK_BYTES) return await readWhole(path);
    }
    if (first) return await readWhole(path);
    if (carried.length > 0) reader.read(carried.toString('utf8'));
    return reader.finish();
  } finally {
    await file.close();
  }
}

async function readWhole(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}
