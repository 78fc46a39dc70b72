import type { CliIo } from './cliIo';
import { exportCommand } from './commands/exportCommand';
import { importCommand } from './commands/importCommand';
import { listCommand } from './commands/listCommand';
import { validateCommand } from './commands/validateCommand';
import { USAGE } from './usage';
import { UsageError } from './UsageError';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  export: exportCommand,
  import: importCommand,
  list: listCommand,
  validate: validateCommand,
};

function isUsageMistake(error: unknown): error is Error {
  // node:util's parseArgs reports unknown or malformed options with these codes.
  const code = (error as { code?: unknown } | null)?.code;
  return (
    error instanceof UsageError ||
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
    code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ||
    code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
  );
}

/** Runs one command line and gives the process's exit code; nothing here exits or throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`copydesk: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (isUsageMistake(error)) {
      io.err(`copydesk ${name}: ${error.message}\n\nRun "copydesk help" for the usage.\n`);
      return 2;
    }
    io.err(`copydesk ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
