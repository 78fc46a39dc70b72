import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ValidationProblem } from '../../export/validate/ValidationProblem';
import { MAX_NINJS_CHARS, validateNinjs } from '../../export/validate/validateNinjs';
import { MAX_XML_BYTES, validateXml, xmlStandardOf } from '../../export/validate/validateXml';
import { XML_STANDARD_LABELS } from '../../export/validate/xmlStandards';
import type { CliIo } from '../cliIo';
import { UsageError } from '../UsageError';

interface Verdict {
  kind: string;
  problems: ValidationProblem[];
}

const problem = (message: string): ValidationProblem => ({ line: null, message });

async function checkXml(path: string, size: number): Promise<Verdict> {
  if (size > MAX_XML_BYTES) return { kind: 'XML', problems: [problem('The file is too large to check.')] };
  const bytes = await readFile(path);
  const standard = xmlStandardOf(bytes);
  const result = await validateXml(bytes);
  return { kind: standard ? XML_STANDARD_LABELS[standard] : 'XML', problems: result.problems };
}

async function checkNinjs(path: string, size: number): Promise<Verdict> {
  if (size > MAX_NINJS_CHARS * 4)
    return { kind: 'ninjs', problems: [problem('The file is too large to check.')] };
  const result = validateNinjs(await readFile(path, 'utf8'));
  return { kind: 'ninjs', problems: result.problems };
}

async function firstBytes(path: string, count: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(count), 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

// By name first; a file named otherwise is judged by its first character, as a desk renames files freely.
async function check(path: string): Promise<Verdict> {
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) return { kind: 'file', problems: [problem('There is no such file.')] };
  const extension = extname(path).toLowerCase();
  if (extension === '.xml') return checkXml(path, file.size);
  if (extension === '.json') return checkNinjs(path, file.size);
  const start = (await firstBytes(path, 256)).toString('utf8').trimStart();
  if (start.startsWith('<')) return checkXml(path, file.size);
  if (start.startsWith('{')) return checkNinjs(path, file.size);
  return {
    kind: 'file',
    problems: [problem('Neither XML (NITF, NewsML-G2) nor JSON (ninjs): nothing to check it against.')],
  };
}

/** `copydesk validate`: each file against its standard's official schema; exit 1 when any is not valid. */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((arg) => arg !== '--');
  const option = files.find((arg) => arg.startsWith('--'));
  if (option) throw new UsageError(`validate takes file names only, not ${option}.`);
  if (files.length === 0) throw new UsageError('Name the files to validate.');
  let valid = 0;
  for (const path of files) {
    const verdict = await check(path);
    if (verdict.problems.length === 0) {
      valid += 1;
      io.out(`${path}: valid ${verdict.kind}\n`);
      continue;
    }
    for (const { line, message } of verdict.problems) {
      io.out(`${path}${line === null ? '' : `:${line}`}: ${message}\n`);
    }
  }
  io.out(`${valid} of ${files.length} file${files.length === 1 ? '' : 's'} valid.\n`);
  return valid === files.length ? 0 : 1;
}
