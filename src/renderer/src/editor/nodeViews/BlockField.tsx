import { useId, useLayoutEffect, useRef } from 'react';

interface BlockFieldProps {
  attribute: string;
  label: string;
  value: string;
  type?: 'text' | 'date';
  onEdit: (attribute: string, value: string) => void;
}

/**
 * A labelled field of a React node view. Uncontrolled on purpose: the node only changes after the
 * transaction an edit dispatches, and a controlled input would reset its value and caret in between.
 */
export function BlockField({ attribute, label, value, type = 'text', onEdit }: BlockFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (input.current && input.current.value !== value) input.current.value = value;
  }, [value]);

  return (
    <div className={`block-field block-field-${attribute}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={input}
        type={type}
        tabIndex={-1}
        defaultValue={value}
        spellCheck={type === 'text'}
        onChange={(event) => onEdit(attribute, event.currentTarget.value)}
      />
    </div>
  );
}
