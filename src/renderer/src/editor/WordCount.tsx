import { useThrottledValue } from '../common/useThrottledValue';
import { lengthProgress } from './lengthProgress';

/** A screen reader hears the count now and then, not on every pause in the typing. */
const ANNOUNCE_AT_MOST_EVERY_MS = 10_000;

interface WordCountProps {
  count: number;
  target: number | null;
}

export function WordCount({ count, target }: WordCountProps) {
  const progress = lengthProgress(count, target);
  const spoken = progress.hint ? `${progress.label}, ${progress.hint}` : progress.label;
  const announcement = useThrottledValue(spoken, ANNOUNCE_AT_MOST_EVERY_MS);

  return (
    <div className={`word-count length-${progress.state}`}>
      <span className="word-count-total">{progress.label}</span>
      {target !== null && (
        <>
          <meter
            className="length-meter"
            aria-label="Length against target"
            min={0}
            max={target}
            value={Math.min(count, target)}
          />
          <span className="length-hint">{progress.hint}</span>
        </>
      )}
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
