const OPENINGS = /^\(?(?:photo|photograph|image|picture|credit|source|illustration)(?:\s+by)?\s*[:/]/iu;
const AGENCY_CREDITS =
  /getty images|\bap photo\b|\/\s?(?:reuters|afp|ap|epa|anadolu)\b|shutterstock|\bfile photo\b|\balamy\b|\bimagn\b/iu;

/** A photo's caption credit or a credit line of its own, or null. */
export function photoCreditReason(line: string): string | null {
  return OPENINGS.test(line.trim()) || AGENCY_CREDITS.test(line) ? 'photo caption or credit' : null;
}
