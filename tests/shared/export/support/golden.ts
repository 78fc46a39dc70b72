import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const GOLDEN_DIR = join(__dirname, '..', 'golden');

/**
 * Compares an export with its reviewed golden file, `tests/shared/export/golden/<name>`. Run the tests
 * with UPDATE_GOLDEN=1 to write the files after a deliberate change, then review the diff by eye.
 */
export function expectGolden(name: string, actual: string | Uint8Array): void {
  const path = join(GOLDEN_DIR, name);
  const bytes = typeof actual === 'string' ? Buffer.from(actual, 'utf8') : Buffer.from(actual);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return;
  }
  if (!existsSync(path)) throw new Error(`No golden file ${path}: run with UPDATE_GOLDEN=1 and review it.`);
  const expected = readFileSync(path);
  if (typeof actual === 'string') expect(actual).toBe(expected.toString('utf8'));
  else expect(bytes.equals(expected), `${name} differs from its golden file`).toBe(true);
}
