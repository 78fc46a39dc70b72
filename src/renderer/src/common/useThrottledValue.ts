import { useEffect, useRef, useState } from 'react';

/**
 * Follows `value`, but changes at most once per `intervalMs`, ending on the latest value.
 * Starts empty: what is there when the screen opens needs no announcing.
 */
export function useThrottledValue(value: string, intervalMs: number): string {
  const [shown, setShown] = useState('');
  const previous = useRef(value);
  const lastShownAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    if (value === previous.current) return;
    previous.current = value;
    const wait = Math.max(0, lastShownAt.current + intervalMs - Date.now());
    const timer = setTimeout(() => {
      lastShownAt.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);

  return shown;
}
