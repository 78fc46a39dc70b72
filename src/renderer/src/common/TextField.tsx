import type { ReactNode } from 'react';
import { useId } from 'react';
import type { FieldNote } from './FieldMessage';
import { FieldMessage, describedBy } from './FieldMessage';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number' | 'datetime-local';
  readOnly?: boolean;
  autoFocus?: boolean;
  className?: string;
  placeholder?: string;
  maxLength?: number;
  /** The id of a <datalist> of suggestions. */
  suggestions?: string;
  spellCheck?: boolean;
  note?: FieldNote | null;
  /** Shown beside the input, e.g. a button acting on it. */
  action?: ReactNode;
}

export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  readOnly,
  autoFocus,
  className,
  placeholder,
  maxLength,
  suggestions,
  spellCheck = type === 'text',
  note,
  action,
}: TextFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const input = (
    <input
      id={id}
      type={type}
      value={value}
      readOnly={readOnly}
      autoFocus={autoFocus}
      placeholder={placeholder}
      maxLength={maxLength}
      list={suggestions}
      spellCheck={spellCheck}
      {...describedBy(noteId, note)}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  return (
    <div className={className ? `text-field ${className}` : 'text-field'}>
      <label htmlFor={id}>{label}</label>
      {action ? (
        <div className="field-with-action">
          {input}
          {action}
        </div>
      ) : (
        input
      )}
      {note && <FieldMessage id={noteId} note={note} />}
    </div>
  );
}
