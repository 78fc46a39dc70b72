import { join } from 'node:path';
import { builtWorkerScript } from '../../src/main/search/runner/defaultRunner';
import { inProcessRunner } from '../../src/main/search/runner/inProcessRunner';
import type { SearchRunner } from '../../src/main/search/runner/SearchRunner';
import { scriptRunner } from '../../src/main/search/runner/threadRunner';

export interface SearchRunnerChoice {
  runner: SearchRunner;
  description: string;
}

const BUILT_MAIN = join(__dirname, '..', '..', 'out', 'main');

/**
 * The built worker in a thread, as the app runs it, when `npm run build` has left one; otherwise this thread,
 * where building and saving the index block the saves too. The sources' own default cannot tell: run by tsx,
 * it looks for the worker beside the TypeScript file.
 */
export function searchRunnerChoice(builtMain: string = BUILT_MAIN): SearchRunnerChoice {
  const script = builtWorkerScript(builtMain);
  return script
    ? { runner: scriptRunner(script), description: `worker thread (${script})` }
    : { runner: inProcessRunner, description: 'in process (no built worker; run `npx electron-vite build`)' };
}
