/** An XML Schema dateTime in UTC, whole seconds without a fraction ("2026-11-24T09:40:30Z"). */
export function g2DateTime(instant: Date): string {
  return instant.toISOString().replace(/\.000Z$/, 'Z');
}
