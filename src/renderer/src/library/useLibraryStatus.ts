import { useEffect, useState } from 'react';
import type { LibraryStatus } from '@shared/contract/schemas';
import { useApi } from '../api/ApiContext';

export interface LibraryStatusState {
  status: LibraryStatus | null;
  error: string | null;
}

export function useLibraryStatus(): LibraryStatusState {
  const api = useApi();
  const [state, setState] = useState<LibraryStatusState>({ status: null, error: null });

  useEffect(() => {
    let current = true;
    void api.library.status({}).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { status: result.value, error: null } : { status: null, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api]);

  return state;
}
