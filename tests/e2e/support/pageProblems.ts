import type { Page } from 'playwright-core';

export interface PageProblems {
  /** Console errors, uncaught exceptions, CSP violations and HTTP errors, in the order they happened. */
  readonly list: string[];
}

interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

// A string, not a function: this file is compiled without the DOM types the page script needs.
const REPORT_CSP_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__copydeskReportCspViolation({
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
    });
  });
`;

/**
 * Starts collecting what should never happen on a healthy page. Call before the first navigation:
 * the CSP listener is installed by an init script that runs ahead of the page's own scripts.
 */
export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const list: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    const where = message.location().url ? ` (${message.location().url})` : '';
    if (message.type() === 'error') list.push(`console error: ${text}${where}`);
    else if (text.includes('Content Security Policy'))
      list.push(`console ${message.type()}: ${text}${where}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) list.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', (error) => list.push(`uncaught exception: ${error.stack ?? error.message}`));
  // Bindings and init scripts are injected over CDP, so the page's CSP does not block them.
  await page.exposeBinding('__copydeskReportCspViolation', (_source, violation: CspViolation) => {
    list.push(
      `CSP violation: ${violation.directive} blocked ${violation.blockedURI || '(inline)'} ` +
        `at ${violation.sourceFile}:${violation.lineNumber}`,
    );
  });
  await page.addInitScript({ content: REPORT_CSP_VIOLATIONS });
  return { list };
}
