import { TextField } from '../common/TextField';
import { parseLanguage } from './languageTag';
import { useValidatedText } from './useValidatedText';

interface LanguageFieldProps {
  language: string;
  readOnly: boolean;
  onChange: (language: string) => void;
}

export function LanguageField({ language, readOnly, onChange }: LanguageFieldProps) {
  const field = useValidatedText(language, parseLanguage, onChange);
  return (
    <TextField
      className="language-field"
      label="Language"
      value={field.text}
      readOnly={readOnly}
      placeholder="en"
      maxLength={35}
      spellCheck={false}
      note={field.note}
      onChange={field.onChange}
    />
  );
}
