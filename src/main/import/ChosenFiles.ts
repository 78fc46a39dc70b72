import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ChosenImport } from '@shared/contract/importSchemas';

/**
 * The files the user picked in main's open dialog, each behind a one-time token: the page can ask for a
 * chosen file to be imported, but can never name a path of its own.
 */
export class ChosenFiles {
  private readonly paths = new Map<string, string>();

  remember(paths: readonly string[]): ChosenImport[] {
    return paths.map((path) => {
      const token = randomUUID();
      this.paths.set(token, path);
      return { token, name: basename(path) };
    });
  }

  /** The path behind `token`, forgotten as it is given; undefined for a token never given or used before. */
  take(token: string): string | undefined {
    const path = this.paths.get(token);
    this.paths.delete(token);
    return path;
  }
}
