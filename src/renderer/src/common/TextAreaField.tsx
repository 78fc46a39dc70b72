import { useId } from 'react';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  maxLength?: number;
  rows?: number;
  placeholder?: string;
  className?: string;
}

export function TextAreaField({
  label,
  value,
  onChange,
  readOnly,
  maxLength,
  rows = 4,
  placeholder,
  className,
}: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={className ? `text-field ${className}` : 'text-field'}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        readOnly={readOnly}
        maxLength={maxLength}
        rows={rows}
        placeholder={placeholder}
        spellCheck
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
