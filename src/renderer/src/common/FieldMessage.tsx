export interface FieldNote {
  text: string;
  kind: 'error' | 'hint';
}

/** The line under a field; the field points at it with aria-describedby so it is read with the field. */
export function FieldMessage({ id, note }: { id: string; note: FieldNote }) {
  return (
    <p id={id} className={`field-message field-${note.kind}`}>
      {note.text}
    </p>
  );
}

/** The attributes that tie a field to its note. */
export function describedBy(id: string, note: FieldNote | null | undefined) {
  return {
    'aria-describedby': note ? id : undefined,
    'aria-invalid': note?.kind === 'error' ? true : undefined,
  };
}
