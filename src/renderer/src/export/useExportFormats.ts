import { useEffect, useState } from 'react';
import type { ExportFormatInfo } from '@shared/contract/exportSchemas';
import { useApi } from '../api/ApiContext';

export type FormatsState =
  { kind: 'loading' } | { kind: 'listed'; formats: ExportFormatInfo[] } | { kind: 'failed'; message: string };

export function useExportFormats(): FormatsState {
  const api = useApi();
  const [state, setState] = useState<FormatsState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    void api.export.formats({}).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { kind: 'listed', formats: result.value }
          : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api]);
  return state;
}
