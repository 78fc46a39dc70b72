import { useId } from 'react';
import { TextField } from '../common/TextField';
import { COMMON_SECTIONS } from './sections';

interface SectionFieldProps {
  section: string;
  readOnly: boolean;
  onChange: (section: string) => void;
}

export function SectionField({ section, readOnly, onChange }: SectionFieldProps) {
  const listId = useId();
  return (
    <>
      <TextField
        className="section-field"
        label="Section"
        value={section}
        readOnly={readOnly}
        placeholder="World, Business, Sports…"
        maxLength={200}
        suggestions={listId}
        onChange={onChange}
      />
      <datalist id={listId}>
        {COMMON_SECTIONS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
