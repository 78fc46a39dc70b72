import { useEffect, useState } from 'react';
import type { RevisionSummary } from '@shared/contract/schemas';
import { useApi } from '../api/ApiContext';

interface RevisionsState {
  revisions: RevisionSummary[];
  loading: boolean;
  error: string | null;
}

/** Reloads whenever the story gains a revision, so a save shows up in the open panel. */
export function useRevisions(storyId: string, currentRevision: number): RevisionsState {
  const api = useApi();
  const [state, setState] = useState<RevisionsState>({ revisions: [], loading: true, error: null });

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    void api.revision.list({ id: storyId }).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? {
              revisions: [...result.value].sort((a, b) => b.revision - a.revision),
              loading: false,
              error: null,
            }
          : { revisions: [], loading: false, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api, storyId, currentRevision]);

  return state;
}
