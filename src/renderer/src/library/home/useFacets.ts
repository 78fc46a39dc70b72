import { useEffect, useState } from 'react';
import type { LibraryFacets } from '@shared/contract/querySchemas';
import { useApi } from '../../api/ApiContext';
import type { LibraryView } from '../libraryView';

const NO_FACETS: LibraryFacets = { sections: [], keywords: [], bylines: [] };

/** The values the filters offer; asked again when `version` changes, after the library did. */
export function useFacets(view: LibraryView, version: number): LibraryFacets {
  const api = useApi();
  const [facets, setFacets] = useState<LibraryFacets>(NO_FACETS);
  useEffect(() => {
    let current = true;
    void api.library.facets({ view }).then((result) => {
      if (current && result.ok) setFacets(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, view, version]);
  return facets;
}
