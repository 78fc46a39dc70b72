import { stat } from 'node:fs/promises';
import { z } from 'zod';

/** Enough of a file's or folder's identity to tell that it was not replaced or changed since it was stamped. */
export const fileStampSchema = z.object({
  ino: z.string(),
  size: z.string(),
  mtimeNs: z.string(),
});
export type FileStamp = z.infer<typeof fileStampSchema>;

/** In nanoseconds where the file system keeps them: two changes in one millisecond must not look alike. */
export async function stampOf(path: string): Promise<FileStamp> {
  const found = await stat(path, { bigint: true });
  return { ino: String(found.ino), size: String(found.size), mtimeNs: String(found.mtimeNs) };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}
