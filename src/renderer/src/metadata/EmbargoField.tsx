import { TextField } from '../common/TextField';
import { embargoFromLocalInput, localInputFromEmbargo, localOffsetLabel } from './embargoTime';

interface EmbargoFieldProps {
  embargo: string | null;
  readOnly: boolean;
  onChange: (embargo: string | null) => void;
}

export function EmbargoField({ embargo, readOnly, onChange }: EmbargoFieldProps) {
  return (
    <TextField
      className="embargo-field"
      label="Embargo"
      type="datetime-local"
      value={localInputFromEmbargo(embargo)}
      readOnly={readOnly}
      note={{
        text: embargo
          ? `Your local time (${localOffsetLabel(new Date(embargo))})`
          : 'Leave empty for no embargo',
        kind: 'hint',
      }}
      onChange={(value) => onChange(embargoFromLocalInput(value))}
    />
  );
}
