import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { storyExtensions } from './storyExtensions';

let cached: Schema | undefined;

export function storySchema(): Schema {
  cached ??= getSchema(storyExtensions());
  return cached;
}
