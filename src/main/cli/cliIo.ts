/** What a command may touch of its terminal, so tests can run commands without a real one. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal: only then is a progress bar drawn. */
  interactive: boolean;
  columns: number;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}
