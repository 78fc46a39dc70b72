import type { IndexFile } from './indexFile';

const HEADER = /^\{"format":(\d+),"journalSeq":(\d+),"stories":\{$/;
const FOOTER = '}}';

/**
 * index.json as valid JSON with one story per line, so that it can be read a line at a time: no 65 MB string
 * and no half-second parse that holds the event loop at 100,000 stories. Older files, on one line, still read.
 */
export function indexText(index: IndexFile): string {
  const lines = [`{"format":${index.format},"journalSeq":${index.journalSeq},"stories":{`];
  const ids = Object.keys(index.stories);
  for (let at = 0; at < ids.length; at++) {
    const id = ids[at]!;
    const comma = at < ids.length - 1 ? ',' : '';
    lines.push(`${JSON.stringify(id)}:${JSON.stringify(index.stories[id])}${comma}`);
  }
  lines.push(FOOTER);
  return `${lines.join('\n')}\n`;
}

/** Reads the lines of an index as indexText writes them; throws SyntaxError on anything else. */
export class IndexLineReader {
  private header: { format: number; journalSeq: number } | undefined;
  private ended = false;
  readonly stories: Record<string, unknown> = {};

  /** Whether `line`, the first line of a file, starts an index written a story per line. */
  static startsIndex(line: string): boolean {
    return HEADER.test(line);
  }

  read(line: string): void {
    if (this.ended) throw new SyntaxError('The story index goes on after its end.');
    if (!this.header) {
      const [, format, journalSeq] = HEADER.exec(line) ?? [];
      if (format === undefined) throw new SyntaxError('The story index does not start as it should.');
      this.header = { format: Number(format), journalSeq: Number(journalSeq) };
      return;
    }
    if (line === FOOTER) {
      this.ended = true;
      return;
    }
    const colon = line.indexOf('":');
    if (line.charCodeAt(0) !== 34 || colon < 0) throw new SyntaxError('A story index line is not a story.');
    const json = line.endsWith(',') ? line.slice(colon + 2, -1) : line.slice(colon + 2);
    this.stories[line.slice(1, colon)] = JSON.parse(json);
  }

  /** The whole index, once its last line was read. */
  finish(): unknown {
    if (!this.header || !this.ended) throw new SyntaxError('The story index was cut short.');
    return { ...this.header, stories: this.stories };
  }
}
