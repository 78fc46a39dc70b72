import { TextField } from '../common/TextField';
import { formatLengthTarget, parseLengthTarget } from './lengthTarget';
import { useValidatedText } from './useValidatedText';

interface LengthTargetFieldProps {
  target: number | null;
  readOnly: boolean;
  onChange: (target: number | null) => void;
}

export function LengthTargetField({ target, readOnly, onChange }: LengthTargetFieldProps) {
  const field = useValidatedText(formatLengthTarget(target), parseLengthTarget, onChange);
  return (
    <TextField
      className="length-target-field"
      label="Length target"
      type="number"
      value={field.text}
      readOnly={readOnly}
      placeholder="Words"
      note={field.note}
      onChange={field.onChange}
    />
  );
}
