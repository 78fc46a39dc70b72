const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** An MS-DOS date and time, as zip keeps them: two-second steps, years 1980 to 2107, here in UTC. */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
  };
}

/**
 * Sets every entry's modification time in a zip to `time`. The docx library zips with the clock's local
 * time, so two exports of one story would differ in those bytes alone; stamped with the story's own time
 * they are identical, wherever and whenever they run. Throws on anything but a plain single-disk zip.
 */
export function stampZipTimes(zip: Uint8Array, time: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { date, time: clock } = dosDateTime(time);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('The DOCX package is not a zip: it has no central directory.');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let entry = 0; entry < entries; entry += 1) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new Error('The DOCX package has a broken zip directory.');
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER)
      throw new Error('The DOCX package has a broken zip entry.');
    view.setUint16(at + 12, clock, true);
    view.setUint16(at + 14, date, true);
    view.setUint16(local + 10, clock, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
