import { describe, expect, it } from 'vitest';
import { ChosenFiles } from '../../../src/main/import/ChosenFiles';

describe('ChosenFiles', () => {
  it('gives each chosen path a token and its file name, and the path back only once', () => {
    const chosen = new ChosenFiles();
    const [first, second] = chosen.remember(['/desk/a.txt', '/desk/copy/b.docx']);
    expect(first).toMatchObject({ name: 'a.txt' });
    expect(second).toMatchObject({ name: 'b.docx' });
    expect(first!.token).not.toBe(second!.token);
    expect(chosen.take(second!.token)).toBe('/desk/copy/b.docx');
    expect(chosen.take(second!.token)).toBeUndefined();
    expect(chosen.take('/desk/a.txt')).toBeUndefined();
    expect(chosen.take(first!.token)).toBe('/desk/a.txt');
  });
});
