import fc from 'fast-check';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { storySchema } from '@shared/editor/storySchema';
import { findMatches } from '../../../../src/renderer/src/editor/find/findMatches';
import { findPlugin, findReplaceKey } from '../../../../src/renderer/src/editor/find/findPlugin';

const schema = storySchema();

/** Every position where text can go, so random edits land somewhere valid. */
function textPositions(doc: ProseMirrorNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    for (let offset = 0; offset <= node.content.size; offset += 1) positions.push(position + 1 + offset);
    return false;
  });
  return positions;
}

const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'split', 'bold', 'break'),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  to: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  text: fc.stringMatching(/^[ab ]{1,4}$/),
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(state: EditorState, { kind, at, to, text }: Edit): EditorState {
  const positions = textPositions(state.doc);
  const pick = (fraction: number) => positions[Math.floor(fraction * positions.length)] ?? 1;
  const [from, end] = [pick(at), pick(to)].sort((a, b) => a - b) as [number, number];
  const tr = state.tr;
  if (kind === 'insert') tr.insertText(text, from);
  if (kind === 'delete') tr.delete(from, end);
  if (kind === 'split') tr.split(from);
  if (kind === 'bold') tr.addMark(from, end, schema.marks.bold!.create());
  if (kind === 'break') tr.insert(from, schema.nodes.hardBreak!.create());
  return state.apply(tr);
}

describe('find after edits', () => {
  it('keeps exactly the matches and highlights a fresh search would find', () => {
    const paragraphs = fc.array(fc.stringMatching(/^[ab ]{1,12}$/), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        paragraphs,
        fc.constantFrom('a', 'ab', 'ba', 'a b'),
        fc.array(edit, { maxLength: 8 }),
        (texts, query, edits) => {
          const doc = schema.nodeFromJSON({
            type: 'doc',
            content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
          });
          let state = EditorState.create({ doc, plugins: [findPlugin()] });
          state = state.apply(
            state.tr.setMeta(findReplaceKey, { type: 'search', query, caseSensitive: false }),
          );
          for (const change of edits) state = apply(state, change);

          const expected = findMatches(state.doc, query, false);
          const find = findReplaceKey.getState(state);
          expect(find?.matches).toEqual(expected);
          const highlighted = find?.highlights.find().map(({ from, to }) => ({ from, to }));
          expect(highlighted?.sort((a, b) => a.from - b.from)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
