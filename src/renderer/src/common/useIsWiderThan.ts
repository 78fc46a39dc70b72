import type { RefObject } from 'react';
import { useLayoutEffect, useState } from 'react';

/** Whether the element is at least `minWidth` CSS pixels wide, kept up to date as it resizes. */
export function useIsWiderThan(element: RefObject<HTMLElement | null>, minWidth: number): boolean {
  const [wider, setWider] = useState(false);

  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => setWider(target.getBoundingClientRect().width >= minWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, minWidth]);

  return wider;
}
