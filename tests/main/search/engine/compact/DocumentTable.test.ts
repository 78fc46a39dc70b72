import { describe, expect, it } from 'vitest';
import { DocumentTable } from '../../../../../src/main/search/engine/compact/DocumentTable';

describe('DocumentTable', () => {
  it('hands out ordinals in order and counts only the living', () => {
    const table = new DocumentTable();
    expect(table.averageLength).toBe(1);
    expect(table.append('a', 10)).toBe(0);
    expect(table.append('b', 20)).toBe(1);
    expect(table.append('c', 60)).toBe(2);
    expect(table.averageLength).toBe(30);
    table.kill('c');
    expect(table.issued).toBe(3);
    expect(table.aliveCount).toBe(2);
    expect(table.averageLength).toBe(15);
    expect(table.ordinalOf('c')).toBeUndefined();
    expect(Array.from(table.alive.subarray(0, 3))).toEqual([1, 1, 0]);
    expect(table.idAt(2)).toBe('c');
  });

  it('ignores killing an unknown or dead story', () => {
    const table = new DocumentTable();
    table.append('a', 4);
    table.kill('a');
    table.kill('a');
    table.kill('nobody');
    expect(table.aliveCount).toBe(0);
    expect(table.averageLength).toBe(1);
  });

  it('gives a story indexed again after its death a new ordinal', () => {
    const table = new DocumentTable();
    table.append('a', 4);
    table.kill('a');
    expect(table.append('a', 8)).toBe(1);
    expect(table.ordinalOf('a')).toBe(1);
    expect(table.averageLength).toBe(8);
  });

  it('never reports an average length below one', () => {
    const table = new DocumentTable();
    table.append('empty', 0);
    table.append('also empty', 0);
    expect(table.averageLength).toBe(1);
  });

  it('refuses a story already alive, on append and on loading', () => {
    const table = new DocumentTable();
    table.append('a', 1);
    expect(() => table.append('a', 2)).toThrow(/already indexed/);
    expect(table.issued).toBe(1);
    expect(() => new DocumentTable(['a', 'b', 'a'], Uint32Array.of(1, 2, 3))).toThrow(/indexed twice/);
  });

  it('grows past its initial capacity and keeps what it held', () => {
    const table = new DocumentTable(['loaded'], Uint32Array.of(7));
    for (let at = 1; at < 100; at++) table.append(`s${at}`, at + 7);
    table.kill('s50');
    expect(table.issued).toBe(100);
    expect(table.aliveCount).toBe(99);
    expect(table.alive.length).toBeGreaterThanOrEqual(100);
    expect(table.lengths[0]).toBe(7);
    expect(table.lengths[99]).toBe(106);
    expect(table.alive[50]).toBe(0);
    expect(table.alive[99]).toBe(1);
    expect(table.ordinalOf('s99')).toBe(99);
    const total = Array.from({ length: 100 }, (_, at) => at + 7).reduce((sum, length) => sum + length) - 57;
    expect(table.averageLength).toBeCloseTo(total / 99);
  });

  it('loads stories alive, with their lengths', () => {
    const table = new DocumentTable(['x', 'y'], Uint32Array.of(3, 5));
    expect(table.aliveCount).toBe(2);
    expect(table.ordinalOf('y')).toBe(1);
    expect(table.averageLength).toBe(4);
    expect(table.append('z', 10)).toBe(2);
  });
});
