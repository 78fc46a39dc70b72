import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HarnessArgs } from './parseArgs';
import { parseHarnessArgs, USAGE, UsageError } from './parseArgs';
import type { RunningHarness } from './startHarness';
import { startHarness } from './startHarness';

/** Built next to out/main/harness.js, so the harness always serves the renderer of the same build. */
const STATIC_ROOT = join(__dirname, '../renderer');

function parseOrExit(argv: string[]): HarnessArgs | undefined {
  try {
    return parseHarnessArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return undefined;
  }
}

function closeOnSignals(harness: RunningHarness): void {
  let closing = false;
  const shutdown = () => {
    // A second signal means the close is stuck; the user asked twice, so stop without it.
    if (closing) process.exit(1);
    closing = true;
    harness.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Copydesk harness: closing the library failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function main(argv: string[]): Promise<void> {
  const args = parseOrExit(argv);
  if (!args) return;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!existsSync(join(STATIC_ROOT, 'index.html'))) {
    process.stderr.write(`Build the app first: npm run build\n(no renderer at ${STATIC_ROOT})\n`);
    process.exitCode = 1;
    return;
  }
  const harness = await startHarness({ port: args.port, library: args.library, staticRoot: STATIC_ROOT });
  closeOnSignals(harness);
  process.stdout.write(`Copydesk harness: ${harness.url} (library: ${harness.libraryDir})\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error('Copydesk harness could not start:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
