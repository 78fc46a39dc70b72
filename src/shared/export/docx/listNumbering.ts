import type { ILevelsOptions, NumberingDefinition } from 'docx';
import { AlignmentType, LevelFormat } from 'docx';

const LEVELS = 9;
const BULLETS = ['•', '◦', '▪'];

function level(at: number, ordered: boolean, start: number): ILevelsOptions {
  return {
    level: at,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${at + 1}.` : BULLETS[at % BULLETS.length]!,
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (at + 1), hanging: 360 } } },
  };
}

/**
 * Word's numbering for one list of the story: a list of its own, so each numbered list counts from its own
 * first number (`start` at the list's depth) instead of carrying on from the list before it.
 */
export function listNumbering(
  reference: string,
  ordered: boolean,
  depth: number,
  start: number,
): NumberingDefinition {
  return {
    reference,
    levels: Array.from({ length: LEVELS }, (_, at) => level(at, ordered, at === depth ? start : 1)),
  };
}
