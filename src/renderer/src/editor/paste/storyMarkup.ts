import type { Schema } from '@tiptap/pm/model';

const selectorsBySchema = new WeakMap<Schema, readonly string[]>();

/**
 * Selectors of the schema's own structured blocks (`p[data-type="dateline"]`, `figure[data-type="quote"]`…),
 * read from the nodes' parse rules so they can never drift from the schema.
 */
export function storyBlockSelectors(schema: Schema): readonly string[] {
  const known = selectorsBySchema.get(schema);
  if (known) return known;
  const selectors = Object.values(schema.nodes)
    .flatMap((type) => type.spec.parseDOM ?? [])
    .flatMap((rule) => (rule.tag?.includes('[data-type=') ? [rule.tag] : []));
  selectorsBySchema.set(schema, selectors);
  return selectors;
}

/** Structure the story blocks carry in `data-*` attributes, which hold text and never run. */
export function copyDataAttributes(source: Element, target: Element): void {
  for (const { name, value } of [...source.attributes]) {
    if (name.startsWith('data-')) target.setAttribute(name, value);
  }
}
