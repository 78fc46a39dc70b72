import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  autoFocus?: boolean;
  className?: string;
  placeholder?: string;
}

export function TextField({
  label,
  value,
  onChange,
  readOnly,
  autoFocus,
  className,
  placeholder,
}: TextFieldProps) {
  const id = useId();
  return (
    <div className={className ? `text-field ${className}` : 'text-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        readOnly={readOnly}
        autoFocus={autoFocus}
        placeholder={placeholder}
        spellCheck
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
