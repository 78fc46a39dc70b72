// Prints the closing line of a CI run, "N passed, N failed", from vitest's JSON report.
// Usage: node .ci/summarize.mjs <report.json> <exit code of npm test>
import { readFileSync } from 'node:fs';

const [reportPath = 'reports/vitest.json', exitCodeText = '0'] = process.argv.slice(2);
const testExitCode = Number(exitCodeText);

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function count(report) {
  // No report means lint, typecheck or build stopped the run before vitest: one failure, nothing passed.
  if (!report || typeof report.numPassedTests !== 'number') return { passed: 0, failed: 1 };
  const passed = report.numPassedTests;
  let failed = report.numFailedTests ?? 0;
  // A suite that failed to load, or a hook that threw, fails no single test but is still a failure.
  if (failed === 0 && (report.numFailedTestSuites ?? 0) > 0) failed = report.numFailedTestSuites;
  // Vitest also fails a run for errors outside any test (an unhandled rejection, say).
  if (failed === 0 && (report.success === false || testExitCode !== 0)) failed = 1;
  return { passed, failed };
}

const { passed, failed } = count(readReport(reportPath));
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 || testExitCode !== 0 ? 1 : 0;
