import { useEffect, useState } from 'react';
import type { ExportFormatId } from '@shared/export/exportFormat';
import type { ExportPreview } from '@shared/contract/exportSchemas';
import { useApi } from '../api/ApiContext';

export type PreviewState =
  { kind: 'loading' } | { kind: 'shown'; preview: ExportPreview } | { kind: 'failed'; message: string };

/** The saved story in one format, as the export would write it; null until the story is saved. */
export function useExportPreview(storyId: string, format: ExportFormatId, saved: boolean): PreviewState {
  const api = useApi();
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });
  useEffect(() => {
    if (!saved) return;
    let current = true;
    setState({ kind: 'loading' });
    void api.export.preview({ id: storyId, format }).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { kind: 'shown', preview: result.value }
          : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api, storyId, format, saved]);
  return state;
}
