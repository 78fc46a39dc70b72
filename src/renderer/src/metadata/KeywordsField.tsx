import { useState } from 'react';
import type { FieldNote } from '../common/FieldMessage';
import { TextField } from '../common/TextField';
import { formatKeywords, parseKeywords } from './keywords';

interface KeywordsFieldProps {
  keywords: readonly string[];
  readOnly: boolean;
  onChange: (keywords: string[]) => void;
}

/** Keeps the text as typed: tidying it on every keystroke would eat the comma before the next keyword. */
export function KeywordsField({ keywords, readOnly, onChange }: KeywordsFieldProps) {
  const [text, setText] = useState(() => formatKeywords(keywords));
  const [error, setError] = useState<string | null>(null);
  const note: FieldNote = error
    ? { text: error, kind: 'error' }
    : { text: 'Separate keywords with commas', kind: 'hint' };

  return (
    <TextField
      className="keywords-field"
      label="Keywords"
      value={text}
      readOnly={readOnly}
      placeholder="Ukraine, peace talks"
      note={note}
      onChange={(typed) => {
        setText(typed);
        const parsed = parseKeywords(typed);
        setError(parsed.ok ? null : parsed.error);
        if (parsed.ok) onChange(parsed.value);
      }}
    />
  );
}
