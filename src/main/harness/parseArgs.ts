export const DEFAULT_PORT = 5174;

export const USAGE = `Usage: npm run harness -- [--port N] [--library DIR]

Serves the built renderer and the library API on http://127.0.0.1:<port>.

  --port N       port to listen on, 0 picks a free one (default ${DEFAULT_PORT})
  --library DIR  library folder to open (default: a fresh temporary folder)
  --help         print this message`;

export interface HarnessArgs {
  port: number;
  /** Undefined means a fresh temporary folder, so a stray run never touches a real library. */
  library: string | undefined;
  help: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new UsageError(`--port needs a number from 0 to 65535, not "${text}".`);
  }
  return Number(text);
}

/** Accepts `--flag value` and `--flag=value`; anything else is refused rather than guessed at. */
export function parseHarnessArgs(argv: readonly string[]): HarnessArgs {
  const args: HarnessArgs = { port: DEFAULT_PORT, library: undefined, help: false };
  const seen = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] ?? '';
    const [flag = '', inlineValue] = token.startsWith('--') ? splitOnce(token, '=') : [token, undefined];
    if (flag === '--help' || flag === '-h') {
      args.help = true;
      continue;
    }
    if (flag !== '--port' && flag !== '--library') throw new UsageError(`Unknown argument "${token}".`);
    if (seen.has(flag)) throw new UsageError(`${flag} was given more than once.`);
    seen.add(flag);
    const value = inlineValue ?? argv[++index];
    if (value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'))) {
      throw new UsageError(`${flag} needs a value.`);
    }
    if (flag === '--port') args.port = parsePort(value);
    else args.library = value;
  }
  return args;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
