import type { SelectOption } from '../common/SelectField';

/** News priority as wire services grade it: 1 stops the desk, 5 is a normal story, 9 can wait. */
export const PRIORITY_OPTIONS: readonly SelectOption<number>[] = [
  { value: 1, label: '1 · Flash' },
  { value: 2, label: '2 · Bulletin' },
  { value: 3, label: '3 · Urgent' },
  { value: 4, label: '4 · High' },
  { value: 5, label: '5 · Normal' },
  { value: 6, label: '6 · Low' },
  { value: 7, label: '7 · Routine' },
  { value: 8, label: '8 · Deferred' },
  { value: 9, label: '9 · Lowest' },
];
