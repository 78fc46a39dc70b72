import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../../src/main/library/journalEntry';

const id = '6f1c1a52-3c1f-4c7e-9d0a-2b7e8f9a1b2c';
const deleteLine = (seq: number) => JSON.stringify({ seq, op: 'delete', id });

describe('parseJournal', () => {
  it('reads complete lines in order', () => {
    const contents = parseJournal(`${deleteLine(1)}\n${deleteLine(2)}\n`);
    expect(contents.entries.map((entry) => entry.seq)).toEqual([1, 2]);
    expect(contents).toMatchObject({ damaged: false, torn: false });
  });

  it('ignores a torn last line, even one that happens to parse', () => {
    expect(parseJournal(`${deleteLine(1)}\n{"seq":2,"op":"del`)).toMatchObject({
      damaged: false,
      torn: true,
    });
    const parsableTail = parseJournal(`${deleteLine(1)}\n${deleteLine(2)}`);
    expect(parsableTail.entries).toHaveLength(1);
    expect(parsableTail.torn).toBe(true);
  });

  it('flags an unreadable line before the last as damage', () => {
    expect(parseJournal(`${deleteLine(1)}\n{"seq":2,"op":"del\n${deleteLine(3)}\n`).damaged).toBe(true);
    expect(parseJournal(`${JSON.stringify({ seq: 1, op: 'delete', id: '../x' })}\n`).damaged).toBe(true);
  });

  it('skips the blank line that separates a fragment from the next append', () => {
    expect(parseJournal(`${deleteLine(1)}\n\n${deleteLine(2)}\n`)).toMatchObject({ damaged: false });
    expect(parseJournal('')).toEqual({ entries: [], damaged: false, torn: false });
  });
});
