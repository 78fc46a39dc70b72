import { useState } from 'react';
import type { FieldNote } from '../common/FieldMessage';
import type { Parsed } from './parsed';

export interface ValidatedText {
  text: string;
  note: FieldNote | null;
  onChange: (text: string) => void;
}

/**
 * A field whose text can be wrong while the writer types. The story keeps its last valid value and is
 * never sent a wrong one; the field keeps what was typed and says what is wrong with it. Once the text
 * is valid again the field shows the story's value, so a change made elsewhere (a slug following its
 * headline) shows up in it.
 */
export function useValidatedText<T>(
  storyText: string,
  parse: (text: string) => Parsed<T>,
  commit: (value: T) => void,
): ValidatedText {
  const [rejected, setRejected] = useState<{ text: string; error: string } | null>(null);

  function onChange(text: string) {
    const parsed = parse(text);
    if (parsed.ok) {
      setRejected(null);
      commit(parsed.value);
    } else {
      setRejected({ text, error: parsed.error });
    }
  }

  return {
    text: rejected?.text ?? storyText,
    note: rejected ? { text: rejected.error, kind: 'error' } : null,
    onChange,
  };
}
