import type { JSONContent } from '@tiptap/core';
import { expect } from 'vitest';

type Mark = NonNullable<JSONContent['marks']>[number];

export const bold: Mark = { type: 'bold' };
export const italic: Mark = { type: 'italic' };
export const underline: Mark = { type: 'underline' };
export const strike: Mark = { type: 'strike' };

export function link(href: string): Mark {
  return { type: 'link', attrs: expect.objectContaining({ href }) as Record<string, unknown> };
}

export function text(value: string, ...marks: Mark[]): JSONContent {
  return marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

export function paragraph(...content: (JSONContent | string)[]): JSONContent {
  const children = content.map((child) => (typeof child === 'string' ? text(child) : child));
  return children.length > 0 ? { type: 'paragraph', content: children } : { type: 'paragraph' };
}

export function heading(level: 2 | 3, value: string): JSONContent {
  return { type: 'heading', attrs: { level }, content: [text(value)] };
}

export function item(...content: JSONContent[]): JSONContent {
  return { type: 'listItem', content };
}

export function bulletList(...items: JSONContent[]): JSONContent {
  return { type: 'bulletList', content: items };
}

export function orderedList(...items: JSONContent[]): JSONContent {
  return {
    type: 'orderedList',
    attrs: expect.objectContaining({ start: 1 }) as JSONContent['attrs'],
    content: items,
  };
}
