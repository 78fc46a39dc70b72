import { useLayoutEffect } from 'react';
import type { Observable } from './Observable';

/**
 * Shows every value of `source` by changing the DOM directly, with no React commit. Before each commit
 * React records the selection of the focused element, and when that is the story body it walks every
 * text node of the story to do it: at 50,000 words that walk costs more than the keystroke itself. So a
 * value that changes while the writer types (the save status, the word count) bypasses React.
 * `show` must keep its identity between renders (`useCallback`); a new one is applied at once.
 */
export function useShowInDom<T>(source: Observable<T>, show: (value: T) => void): void {
  useLayoutEffect(() => {
    show(source.get());
    return source.subscribe(() => show(source.get()));
  }, [source, show]);
}
