import { act } from 'react';

/**
 * Just enough of the accessibility tree for these tests: explicit and implicit roles, and names from
 * aria-label, aria-labelledby, a <label for> or the text content, as a screen reader and Playwright see them.
 */
const IMPLICIT_ROLES: Record<string, string> = {
  BUTTON: 'button',
  UL: 'list',
  OL: 'list',
  LI: 'listitem',
  ASIDE: 'complementary',
  DIALOG: 'dialog',
  MAIN: 'main',
  NAV: 'navigation',
};

function roleOf(element: Element): string | null {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit;
  if (element instanceof HTMLInputElement && element.type === 'text') return 'textbox';
  return IMPLICIT_ROLES[element.tagName] ?? null;
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => text(element.ownerDocument.getElementById(id)))
      .join(' ');
  }
  if (element.id) {
    const forLabel = element.ownerDocument.querySelector(`label[for="${CSS.escape(element.id)}"]`);
    if (forLabel) return text(forLabel);
  }
  return text(element);
}

function matches(name: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? name === expected : expected.test(name);
}

export function queryAllByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) => roleOf(element) === role && (name === undefined || matches(nameOf(element), name)),
  );
}

export function queryByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement | null {
  const found = queryAllByRole(root, role, name);
  if (found.length > 1)
    throw new Error(`${found.length} elements have role ${role} and name ${String(name)}`);
  return found[0] ?? null;
}

export function getByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = queryByRole(root, role, name);
  if (!found) {
    const names = queryAllByRole(root, role).map(nameOf);
    throw new Error(`No ${role} named ${String(name)}; found: ${JSON.stringify(names)}`);
  }
  return found;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

/** React tracks an input's value itself, so the new value goes through the native setter before the event. */
export async function typeInto(input: HTMLElement, value: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('typeInto needs an <input>');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function pressKey(target: EventTarget, init: KeyboardEventInit): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}
