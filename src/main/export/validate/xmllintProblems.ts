import type { ValidationProblem } from './ValidationProblem';
import { NEWSML_G2_NAMESPACE, NITF_NAMESPACE } from './xmlStandards';

/** What xmllint said about one of the files it was given. */
export interface XmllintVerdict {
  /** True when xmllint said the file validates; false when it said it does not; null when it said neither. */
  validates: boolean | null;
  problems: ValidationProblem[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// libxml2 names elements as {namespace}name; the two standards' namespaces read better as prefixes.
function readable(message: string): string {
  return message
    .replaceAll(`{${NITF_NAMESPACE}}`, 'nitf:')
    .replaceAll(`{${NEWSML_G2_NAMESPACE}}`, 'g2:')
    .replace(/^(?:element [^:]*: )?Schemas validity error : /, '')
    .replace(/^parser error : /, 'Not well-formed XML: ')
    .trim();
}

export interface XmllintReport {
  files: Map<string, XmllintVerdict>;
  /** Errors xmllint gave no file for (an entity's own parse error), to tell a file with no verdict why. */
  unplaced: string[];
}

/**
 * Reads xmllint's report on the files it checked: for each file, its problems ("file:line: message"
 * lines; the source excerpts and carets under parser errors are skipped, and so are warnings but a
 * failure to load an external entity, which leaves the file unchecked) and its verdict. Warnings about
 * the schemas themselves (NITF and NewsML-G2 both import xml.xsd) are not the file's.
 */
export function xmllintProblems(output: string, fileNames: readonly string[]): XmllintReport {
  const files = new Map(
    fileNames.map((name): [string, XmllintVerdict] => [name, { validates: null, problems: [] }]),
  );
  const unplaced: string[] = [];
  const names = fileNames.map(escapeRegExp).join('|');
  const located = new RegExp(`^(${names}):(\\d+): (.*)$`);
  const verdict = new RegExp(`^(${names}) (validates|fails to validate|: failed to parse)$`);
  for (const line of output.split('\n')) {
    const found = located.exec(line);
    if (found) {
      const message = found[3]!;
      if (!/warning :/.test(message)) {
        files.get(found[1]!)!.problems.push({ line: Number(found[2]), message: readable(message) });
      }
      continue;
    }
    const entity = /^Entity: line \d+: (.*error : .*)$/.exec(line);
    if (entity) {
      unplaced.push(readable(entity[1]!).replace(/^Not well-formed XML: /, 'XML parser error: '));
      continue;
    }
    const said = verdict.exec(line);
    if (!said) continue;
    const file = files.get(said[1]!)!;
    // In streaming mode a file that is not well-formed is reported as "validates", then "failed to parse".
    file.validates = said[2] === 'validates' && file.validates !== false;
    if (said[2] === ': failed to parse' && file.problems.length === 0) {
      file.problems.push({ line: null, message: 'Not well-formed XML (xmllint could not parse the file).' });
    }
  }
  return { files, unplaced };
}
