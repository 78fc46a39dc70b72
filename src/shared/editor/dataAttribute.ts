import type { Attribute } from '@tiptap/core';

function dataName(attribute: string): string {
  return `data-${attribute.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** A plain-text node attribute kept in a `data-*` HTML attribute, so HTML round trips keep it. */
export function textAttribute(attribute: string, fallback = ''): Attribute {
  const name = dataName(attribute);
  return {
    default: fallback,
    parseHTML: (element) => element.getAttribute(name) ?? fallback,
    renderHTML: (attributes) => {
      const value = attributes[attribute];
      return typeof value === 'string' && value !== '' ? { [name]: value } : {};
    },
  };
}

/** One of a fixed set of values; anything else in pasted or imported HTML falls back to the default. */
export function choiceAttribute<T extends string>(
  attribute: string,
  choices: readonly T[],
  fallback: T,
): Attribute {
  const name = dataName(attribute);
  return {
    default: fallback,
    parseHTML: (element) => {
      const value = element.getAttribute(name);
      return choices.includes(value as T) ? value : fallback;
    },
    renderHTML: (attributes) => ({ [name]: attributes[attribute] }),
  };
}
