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
  TEXTAREA: 'textbox',
  SELECT: 'combobox',
  FIELDSET: 'group',
  METER: 'meter',
};

// As in ARIA in HTML: a text input offering suggestions (a datalist) is a combobox.
function inputRole(input: HTMLInputElement): string | null {
  if (input.type === 'number') return 'spinbutton';
  if (input.type === 'checkbox') return 'checkbox';
  if (input.type !== 'text') return null;
  return input.hasAttribute('list') ? 'combobox' : 'textbox';
}

function roleOf(element: Element): string | null {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit;
  if (element instanceof HTMLInputElement) return inputRole(element);
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
  if (element.tagName === 'FIELDSET') return text(element.querySelector(':scope > legend'));
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

/** Any labelled form control, found by its label's text: the one way to reach controls without a role. */
export function getByLabel(root: ParentNode, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('input, select, textarea')].filter(
    (element) => nameOf(element) === label,
  );
  if (found.length !== 1) throw new Error(`${found.length} controls are labelled ${label}`);
  return found[0]!;
}

const VALUE_SETTERS = [HTMLInputElement, HTMLTextAreaElement, HTMLSelectElement].map((type) => ({
  type,
  setter: Object.getOwnPropertyDescriptor(type.prototype, 'value')!.set!,
}));

/** React tracks a control's value itself, so the new value goes through the native setter before the event. */
async function setValue(control: HTMLElement, value: string, eventType: 'input' | 'change'): Promise<void> {
  const entry = VALUE_SETTERS.find(({ type }) => control instanceof type);
  if (!entry) throw new Error(`${control.tagName} is not a form control`);
  await act(async () => {
    entry.setter.call(control, value);
    control.dispatchEvent(new Event(eventType, { bubbles: true }));
  });
}

export async function typeInto(control: HTMLElement, value: string): Promise<void> {
  if (control instanceof HTMLSelectElement) throw new Error('Use chooseOption for a <select>');
  await setValue(control, value, 'input');
}

export async function chooseOption(select: HTMLElement, value: string): Promise<void> {
  if (!(select instanceof HTMLSelectElement)) throw new Error('chooseOption needs a <select>');
  await setValue(select, value, 'change');
}

export async function pressKey(target: EventTarget, init: KeyboardEventInit): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}
