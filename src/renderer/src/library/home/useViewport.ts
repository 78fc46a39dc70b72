import type { RefObject } from 'react';
import { useCallback, useEffect, useState } from 'react';
import type { Viewport } from './visibleRange';

/** A page without layout (tests, a hidden window) reports no height; the window's is a fair guess. */
function heightOf(element: HTMLElement): number {
  return element.clientHeight || window.innerHeight;
}

/** The scroller's scroll position and height, kept up to date. */
export function useViewport(scroller: RefObject<HTMLDivElement | null>) {
  const [viewport, setViewport] = useState<Viewport>({ scrollTop: 0, height: window.innerHeight });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewport({ scrollTop: element.scrollTop, height: heightOf(element) });
    measure();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);

  const onScroll = useCallback(() => {
    const element = scroller.current;
    if (element) setViewport({ scrollTop: element.scrollTop, height: heightOf(element) });
  }, [scroller]);

  const scrollTo = useCallback(
    (scrollTop: number) => {
      const element = scroller.current;
      if (!element) return;
      element.scrollTop = scrollTop;
      setViewport({ scrollTop, height: heightOf(element) });
    },
    [scroller],
  );

  return { viewport, onScroll, scrollTo };
}
