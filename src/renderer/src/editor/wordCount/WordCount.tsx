import { useCallback, useEffect, useRef, useState } from 'react';
import type { Observable } from '../../common/Observable';
import { ThrottledAnnouncer } from '../../common/ThrottledAnnouncer';
import { useShowInDom } from '../../common/useShowInDom';
import { lengthProgress } from './lengthProgress';

/** A screen reader hears the count now and then, not on every pause in the typing. */
const ANNOUNCE_AT_MOST_EVERY_MS = 10_000;

interface WordCountProps {
  count: Observable<number>;
  target: number | null;
}

function spokenProgress(count: number, target: number | null): string {
  const progress = lengthProgress(count, target);
  return progress.hint ? `${progress.label}, ${progress.hint}` : progress.label;
}

/** The count and the target meter change in place as the writer types: see `useShowInDom`. */
export function WordCount({ count, target }: WordCountProps) {
  const line = useRef<HTMLDivElement>(null);
  const total = useRef<HTMLSpanElement>(null);
  const meter = useRef<HTMLMeterElement>(null);
  const hint = useRef<HTMLSpanElement>(null);
  const live = useRef<HTMLSpanElement>(null);
  const [announcer] = useState(
    () =>
      new ThrottledAnnouncer(
        () => live.current,
        ANNOUNCE_AT_MOST_EVERY_MS,
        spokenProgress(count.get(), target),
      ),
  );
  useEffect(() => () => announcer.stop(), [announcer]);

  const show = useCallback(
    (words: number) => {
      const progress = lengthProgress(words, target);
      if (line.current) line.current.className = `word-count length-${progress.state}`;
      if (total.current) total.current.textContent = progress.label;
      if (meter.current && target !== null)
        meter.current.setAttribute('value', String(Math.min(words, target)));
      if (hint.current) hint.current.textContent = progress.hint;
      announcer.say(spokenProgress(words, target));
    },
    [target, announcer],
  );
  useShowInDom(count, show);

  return (
    <div ref={line} className="word-count">
      <span ref={total} className="word-count-total" />
      {target !== null && (
        <>
          <meter
            ref={meter}
            className="length-meter"
            aria-label="Length against target"
            min={0}
            max={target}
          />
          <span ref={hint} className="length-hint" />
        </>
      )}
      <span ref={live} className="visually-hidden" aria-live="polite" />
    </div>
  );
}
