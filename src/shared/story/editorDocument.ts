import { z } from 'zod';

/** ProseMirror's JSON shape; the node types themselves are checked by the editor schema in src/shared/editor. */
export interface EditorNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNodeJson[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const MAX_DOCUMENT_DEPTH = 64;

const nodeType = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'A node type is a plain identifier');

const mark = z.object({
  type: nodeType,
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const editorNodeSchema: z.ZodType<EditorNodeJson> = z.lazy(() =>
  z.object({
    type: nodeType,
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(editorNodeSchema).optional(),
    marks: z.array(mark).optional(),
    text: z.string().optional(),
  }),
);

function depthOf(node: EditorNodeJson): number {
  let deepest = 0;
  const stack: [EditorNodeJson, number][] = [[node, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DOCUMENT_DEPTH) return deepest;
    for (const child of current.content ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The body of a story: a ProseMirror document whose root is always `doc`. */
export const editorDocumentSchema = editorNodeSchema
  .refine((node) => node.type === 'doc', 'The story body must be a document (type "doc")')
  .refine(
    (node) => depthOf(node) <= MAX_DOCUMENT_DEPTH,
    `The story body is nested deeper than ${MAX_DOCUMENT_DEPTH} levels`,
  );

export type EditorDocument = EditorNodeJson;

export function emptyDocument(): EditorDocument {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
