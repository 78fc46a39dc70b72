/** One of the story's ISO times as a Date; a clear error, before anything is written, for one that is not. */
export function storyTime(time: string): Date {
  const at = new Date(time);
  if (Number.isNaN(at.getTime())) throw new RangeError(`The story's time "${time}" is not a date and time.`);
  return at;
}
