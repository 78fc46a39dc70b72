import type { XMLFileInfo } from 'xmllint-wasm';
import { memoryPages, validateXML } from 'xmllint-wasm';
import type { XmlRoot } from './xmlRoot';
import { xmlRootOf } from './xmlRoot';
import type { Validation, ValidationProblem } from './ValidationProblem';
import { cappedProblems, invalid } from './ValidationProblem';
import type { XmllintVerdict } from './xmllintProblems';
import { xmllintProblems } from './xmllintProblems';
import type { XmlStandard } from './xmlStandards';
import {
  NEWSML_G2_NAMESPACE,
  NITF_NAMESPACE,
  XML_STANDARD_LABELS,
  XML_STANDARDS,
  xmlSchemaSet,
} from './xmlStandards';

/** Beyond this a file is refused unread: far above any news item, still within what xmllint can stream. */
export const MAX_XML_BYTES = 512 * 1024 * 1024;
/** Up to this a file is read whole, which reports parse errors with their line; larger files are streamed. */
const MAX_TREE_BYTES = 16 * 1024 * 1024;
/** Files read whole are checked together, up to this many bytes a run: one schema compile for them all. */
const MAX_BATCH_BYTES = MAX_TREE_BYTES;
const NO_ROOT = /No matching global declaration available for the validation root/;

function byteLength(xml: string | Uint8Array): number {
  return typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.byteLength;
}

function head(xml: string | Uint8Array): string {
  return typeof xml === 'string' ? xml : new TextDecoder().decode(xml.subarray(0, 1024 * 1024));
}

/** The standard a document's root element says it is: NITF's `nitf`, or any NewsML-G2 item or message. */
export function xmlStandardOf(xml: string | Uint8Array): XmlStandard | null {
  const root = xmlRootOf(head(xml));
  if (root?.namespace === NITF_NAMESPACE && root.localName === 'nitf') return 'nitf';
  return root?.namespace === NEWSML_G2_NAMESPACE ? 'newsml-g2' : null;
}

function describeRoot(root: XmlRoot): string {
  return `<${root.name}>${root.namespace ? ` in the namespace ${root.namespace}` : ' in no namespace'}`;
}

// Every global element of a schema may be a valid root (NITF declares all of its elements globally), so
// the root is checked by name too: a lone <p> is valid NITF 3.6 markup, but it is not a NITF document.
function rootProblem(xml: string | Uint8Array, standard: XmlStandard): ValidationProblem | null {
  const root = xmlRootOf(head(xml));
  if (!root || xmlStandardOf(xml) === standard) return null;
  const expected =
    standard === 'nitf'
      ? `<nitf> in the namespace ${NITF_NAMESPACE}`
      : `a NewsML-G2 item (<newsItem>, <packageItem>…) in the namespace ${NEWSML_G2_NAMESPACE}`;
  return {
    line: root.line,
    message: `The root element is ${describeRoot(root)}; a ${XML_STANDARD_LABELS[standard]} document's root is ${expected}.`,
  };
}

// xmllint's own failures (out of memory, a crash) come back as a rejection whose message is its output.
function stoppedMessage(error: unknown): string {
  const output = error instanceof Error ? error.message : String(error);
  if (/out of memory/i.test(output)) return 'xmllint ran out of memory before it finished checking the file.';
  const first = output.split('\n').find((line) => line.trim() !== '');
  return `xmllint stopped before it finished checking the file${first ? `: ${first.trim()}` : '.'}`;
}

interface Run {
  documents: readonly (string | Uint8Array)[];
  stream: boolean;
}

async function xmllint(run: Run, standard: XmlStandard): Promise<XmllintVerdict[]> {
  const files: XMLFileInfo[] = run.documents.map((contents, at) => ({
    fileName: `document-${at}.xml`,
    contents,
  }));
  const names = files.map((file) => file.fileName);
  const bytes = run.documents.reduce((sum, xml) => sum + byteLength(xml), 0);
  const { schema, preload } = xmlSchemaSet(standard);
  let output: string;
  let stopped: string | null = null;
  try {
    const result = await validateXML({
      xml: files,
      schema,
      preload,
      stream: run.stream,
      // A tree takes several times its file in memory; a stream takes little whatever the size.
      maxMemoryPages: run.stream
        ? 256 * memoryPages.MiB
        : Math.min(memoryPages.max, memoryPages.defaultMaxMemoryPages + Math.ceil((bytes * 24) / 65536)),
      // The standards' schemas are all local: nothing, not even an entity a file declares, is fetched.
      modifyArguments: (args) => ['--nonet', ...args],
    });
    output = result.rawOutput;
  } catch (error) {
    output = error instanceof Error ? error.message : String(error);
    stopped = stoppedMessage(error);
  }
  const { files: verdicts, unplaced } = xmllintProblems(output, names);
  return names.map((name) => {
    const verdict = verdicts.get(name)!;
    if (verdict.validates === null && verdict.problems.length === 0) {
      const message = unplaced[0] ?? stopped ?? 'xmllint gave no verdict on the file.';
      verdict.problems.push({ line: null, message });
    }
    return verdict;
  });
}

function plannedRuns(
  documents: readonly (string | Uint8Array)[],
  wanted: readonly number[],
): { run: Run; at: number[] }[] {
  const runs: { run: Run; at: number[] }[] = [];
  let batch: { documents: (string | Uint8Array)[]; at: number[]; bytes: number } | null = null;
  for (const at of wanted) {
    const xml = documents[at]!;
    const bytes = byteLength(xml);
    if (bytes > MAX_TREE_BYTES) {
      runs.push({ run: { documents: [xml], stream: true }, at: [at] });
      continue;
    }
    if (!batch || batch.bytes + bytes > MAX_BATCH_BYTES) {
      batch = { documents: [], at: [], bytes: 0 };
      runs.push({ run: { documents: batch.documents, stream: false }, at: batch.at });
    }
    batch.documents.push(xml);
    batch.at.push(at);
    batch.bytes += bytes;
  }
  return runs;
}

/**
 * Checks many documents against one standard's official schema, compiling the schema once for as many
 * of them as fit in memory together: the result for each document, in order. See `validateXml`.
 */
export async function validateXmlDocuments(
  documents: readonly (string | Uint8Array)[],
  standard: XmlStandard,
): Promise<Validation[]> {
  if (!XML_STANDARDS.includes(standard)) {
    const message = `Copydesk validates ${XML_STANDARDS.join(' and ')} XML, not "${String(standard)}".`;
    return documents.map(() => invalid({ line: null, message }));
  }
  const results: Validation[] = documents.map(() => ({ valid: true, problems: [] }));
  const wanted: number[] = [];
  documents.forEach((xml, at) => {
    const bytes = byteLength(xml);
    if (bytes > MAX_XML_BYTES) {
      const size = `${Math.ceil(bytes / 1024 / 1024)} MB`;
      results[at] = invalid({ line: null, message: `The file is too large to be checked (${size}).` });
    } else wanted.push(at);
  });
  for (const { run, at } of plannedRuns(documents, wanted)) {
    const verdicts = await xmllint(run, standard);
    verdicts.forEach((verdict, index) => {
      const root = rootProblem(run.documents[index]!, standard);
      // xmllint's "No matching global declaration" says less than the root problem, about the same element.
      const others = root
        ? verdict.problems.filter((problem) => !NO_ROOT.test(problem.message))
        : verdict.problems;
      const problems = cappedProblems([...(root ? [root] : []), ...others]);
      results[at[index]!] = { valid: problems.length === 0 && verdict.validates === true, problems };
    });
  }
  return results;
}

/**
 * Checks an XML document (text, or the bytes of a file) against the official schema of a standard:
 * NITF 3.6, or NewsML-G2 2.35 with any NITF it carries checked strictly. Without a standard, the one
 * the root element names. Runs libxml2's xmllint in WebAssembly, offline. Never throws on bad input:
 * text that is not XML, a wrong root, a file too large give problems, each with its line when known.
 */
export async function validateXml(xml: string | Uint8Array, standard?: XmlStandard): Promise<Validation> {
  const checked = standard ?? xmlStandardOf(xml);
  if (checked === null) {
    const root = xmlRootOf(head(xml));
    if (!root) {
      const [result] = await validateXmlDocuments([xml], 'nitf');
      if (result!.problems.some((problem) => problem.message.startsWith('Not well-formed'))) return result!;
    }
    return invalid({
      line: root?.line ?? null,
      message: `${root ? `The root element is ${describeRoot(root)}: this` : 'This'} is neither a NITF 3.6 document nor a NewsML-G2 item.`,
    });
  }
  const [result] = await validateXmlDocuments([xml], checked);
  return result!;
}
