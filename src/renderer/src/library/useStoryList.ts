import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_PAGE_SIZE } from '@shared/contract/schemas';
import type { StorySummary } from '@shared/story/story';
import { useApi } from '../api/ApiContext';
import type { LibraryView } from './libraryView';

export const PAGE_SIZE = 100;

interface ListState {
  items: StorySummary[];
  total: number;
  loading: boolean;
  error: string | null;
}

const LOADING: ListState = { items: [], total: 0, loading: true, error: null };

function appendNew(items: StorySummary[], page: StorySummary[]): StorySummary[] {
  const known = new Set(items.map((item) => item.id));
  return [...items, ...page.filter((item) => !known.has(item.id))];
}

export interface StoryList extends ListState {
  loadMore: () => Promise<void>;
  refresh: () => Promise<void>;
  replace: (summary: StorySummary) => void;
}

export function useStoryList(view: LibraryView): StoryList {
  const api = useApi();
  const [state, setState] = useState<ListState>(LOADING);
  const loaded = useRef(0);
  // Only the latest request may land: a slow answer for the previous view must not overwrite this one.
  const latestRequest = useRef(0);

  useEffect(() => {
    loaded.current = state.items.length;
  }, [state.items.length]);

  const load = useCallback(
    async (offset: number, limit: number) => {
      const request = ++latestRequest.current;
      setState((previous) => ({ ...previous, loading: true, error: null }));
      const result = await api.story.list({ view, offset, limit });
      if (request !== latestRequest.current) return;
      if (!result.ok) {
        setState((previous) => ({ ...previous, loading: false, error: result.error.message }));
        return;
      }
      const { items, total } = result.value;
      setState((previous) => ({
        items: offset === 0 ? items : appendNew(previous.items, items),
        total,
        loading: false,
        error: null,
      }));
    },
    [api, view],
  );

  useEffect(() => {
    setState(LOADING);
    void load(0, PAGE_SIZE);
  }, [load]);

  const refresh = useCallback(
    () => load(0, Math.min(MAX_PAGE_SIZE, Math.max(PAGE_SIZE, loaded.current))),
    [load],
  );
  const loadMore = useCallback(() => load(loaded.current, PAGE_SIZE), [load]);
  const replace = useCallback((summary: StorySummary) => {
    setState((previous) => ({
      ...previous,
      items: previous.items.map((item) => (item.id === summary.id ? summary : item)),
    }));
  }, []);

  return { ...state, loadMore, refresh, replace };
}
