export interface FieldChoice {
  value: string;
  label: string;
}

export interface FieldSpec {
  attribute: string;
  /** The field's accessible name, shown as its label. */
  label: string;
  /** A select of these choices instead of a text input. */
  choices?: readonly FieldChoice[];
}

export type FieldControl = HTMLInputElement | HTMLSelectElement;

export interface FieldRow {
  element: HTMLElement;
  controls: ReadonlyMap<string, FieldControl>;
}

let nextFieldId = 0;

function controlFor(spec: FieldSpec): FieldControl {
  if (!spec.choices) {
    const input = document.createElement('input');
    input.type = 'text';
    input.spellcheck = true;
    return input;
  }
  const select = document.createElement('select');
  for (const { value, label } of spec.choices) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    select.append(option);
  }
  return select;
}

/**
 * A block's attributes as a row of labelled fields, in plain DOM: a story can hold hundreds of these, and
 * a React root for each would multiply the time it takes to open it. Each edit reports (attribute, value).
 */
export function buildFieldRow(
  specs: readonly FieldSpec[],
  onEdit: (attribute: string, value: string) => void,
): FieldRow {
  const element = document.createElement('div');
  element.className = 'block-fields';
  const controls = new Map<string, FieldControl>();
  for (const spec of specs) {
    const id = `block-field-${(nextFieldId += 1)}`;
    const field = document.createElement('div');
    field.className = `block-field block-field-${spec.attribute}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = spec.label;
    const control = controlFor(spec);
    control.id = id;
    // Out of the page's tab order; Tab still moves between a block's fields (see fieldKeys.ts).
    control.tabIndex = -1;
    control.addEventListener(spec.choices ? 'change' : 'input', () => onEdit(spec.attribute, control.value));
    field.append(label, control);
    element.append(field);
    controls.set(spec.attribute, control);
  }
  return { element, controls };
}

/**
 * Shows the node's current values without touching a field that already holds its value, so the caret and
 * any IME composition in the field being typed in survive the transaction that typing dispatches.
 */
export function showValues(
  controls: ReadonlyMap<string, FieldControl>,
  attrs: Record<string, unknown>,
): void {
  for (const [attribute, control] of controls) {
    const value = attrs[attribute];
    const text = typeof value === 'string' ? value : '';
    if (control.value !== text) control.value = text;
  }
}
