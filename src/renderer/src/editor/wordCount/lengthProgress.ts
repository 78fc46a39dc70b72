import { wordsLabel } from '../../common/wordsLabel';

export interface LengthProgress {
  /** `350 words`, or against a target `350 / 800 words`. */
  label: string;
  /** `450 to go`, `120 over` or `On target`; null without a target. */
  hint: string | null;
  state: 'untargeted' | 'under' | 'on' | 'over';
}

export function lengthProgress(count: number, target: number | null): LengthProgress {
  if (target === null) return { label: wordsLabel(count), hint: null, state: 'untargeted' };
  const label = `${count.toLocaleString()} / ${target.toLocaleString()} words`;
  if (count < target) return { label, hint: `${(target - count).toLocaleString()} to go`, state: 'under' };
  if (count > target) return { label, hint: `${(count - target).toLocaleString()} over`, state: 'over' };
  return { label, hint: 'On target', state: 'on' };
}
