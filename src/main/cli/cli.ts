import { homedir } from 'node:os';
import { runCli } from './runCli';

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  columns: process.stderr.columns ?? 80,
  env: process.env,
  platform: process.platform,
  home: homedir(),
}).then((code) => {
  process.exitCode = code;
});
