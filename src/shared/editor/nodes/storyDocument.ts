import { Node } from '@tiptap/core';

/** The story's root: at most one dateline, always first, then the body's blocks. */
export const StoryDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'dateline? block+',
});
