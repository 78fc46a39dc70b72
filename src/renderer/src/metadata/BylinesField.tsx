import { useRef, useState } from 'react';
import type { Byline } from '@shared/story/story';
import type { BylineRow } from './bylineRows';
import { bylinesFromRows, rowsFromBylines } from './bylineRows';
import { BylineRowFields } from './BylineRowFields';

interface BylinesFieldProps {
  bylines: readonly Byline[];
  readOnly: boolean;
  onChange: (bylines: Byline[]) => void;
}

/** The rows live here, blank ones included; the story gets only the rows that name someone. */
export function BylinesField({ bylines, readOnly, onChange }: BylinesFieldProps) {
  const keys = useRef(0);
  const nextKey = () => ++keys.current;
  const blankRow = (): BylineRow => ({ key: nextKey(), name: '', title: '', organization: '' });
  const [rows, setRows] = useState<BylineRow[]>(() => {
    const loaded = rowsFromBylines(bylines, nextKey);
    return loaded.length > 0 || readOnly ? loaded : [blankRow()];
  });
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  function update(next: BylineRow[]) {
    setRows(next);
    onChange(bylinesFromRows(next));
  }

  function add() {
    const row = blankRow();
    setAddedKey(row.key);
    update([...rows, row]);
  }

  function remove(key: number) {
    update(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  }

  return (
    <div className="bylines-field">
      {rows.map((row, index) => (
        <BylineRowFields
          key={row.key}
          row={row}
          position={index + 1}
          readOnly={readOnly}
          autoFocus={row.key === addedKey}
          onChange={(changed) => update(rows.map((each) => (each.key === row.key ? changed : each)))}
          onRemove={() => remove(row.key)}
        />
      ))}
      {!readOnly && (
        <button ref={addButton} type="button" className="add-byline" onClick={add}>
          Add byline
        </button>
      )}
    </div>
  );
}
