import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { QueryWithoutPage } from './libraryQuery';
import type { PageCache } from './pageCache';
import { PAGE_SIZE, pagesCovering, withPage } from './pageCache';
import type { RowRange } from './visibleRange';

/** Pages met while the writer drags the scrollbar across them are not worth asking for. */
const SCROLL_QUIET_MS = 40;

export interface PagedQuery {
  cache: PageCache | null;
  /** True until the current query's first answer is in. */
  loading: boolean;
  error: string | null;
  /** Asks again for what is on screen, after the library changed; the rows stay until the answer. */
  refetch: () => void;
}

/** Fetches only the pages of `query` that cover `range`, caching them until the query changes. */
export function usePagedQuery(query: QueryWithoutPage, range: RowRange): PagedQuery {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [cache, setCache] = useState<PageCache | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = `${JSON.stringify(query)}#${version}`;
  const latestKey = useRef(key);
  latestKey.current = key;
  const inFlight = useRef(new Set<string>());
  const queryRef = useRef(query);
  queryRef.current = query;

  const fetchPage = useCallback(
    async (pageKey: string, offset: number) => {
      const request = `${pageKey}@${offset}`;
      if (inFlight.current.has(request)) return;
      inFlight.current.add(request);
      const result = await api.story.query({ ...queryRef.current, offset, limit: PAGE_SIZE });
      inFlight.current.delete(request);
      if (pageKey !== latestKey.current) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setCache((previous) => withPage(previous, pageKey, offset, result.value));
    },
    [api],
  );

  const current = cache?.key === key;
  const missing = pagesCovering(range.start, range.end)
    .filter((offset) => !(current && cache.pages.has(offset)))
    .join(',');

  useEffect(() => {
    if (missing === '') return;
    const offsets = missing.split(',').map(Number);
    const fetchAll = () => offsets.forEach((offset) => void fetchPage(key, offset));
    if (!current) {
      fetchAll();
      return;
    }
    const timer = setTimeout(fetchAll, SCROLL_QUIET_MS);
    return () => clearTimeout(timer);
  }, [key, missing, current, fetchPage]);

  const refetch = useCallback(() => setVersion((previous) => previous + 1), []);
  return { cache, loading: !current && error === null, error, refetch };
}
