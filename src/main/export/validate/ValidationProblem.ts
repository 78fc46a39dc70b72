/** One thing a standard's validator found wrong with a file. */
export interface ValidationProblem {
  /** 1-based; null when the problem has no place (a file too large, an unsupported version, xmllint stopped). */
  line: number | null;
  message: string;
}

/** A validator's verdict on one file, with every problem it found. */
export interface Validation {
  valid: boolean;
  problems: ValidationProblem[];
}

/** The verdict on a file that cannot be valid, for the problems found before the schema check. */
export function invalid(...problems: ValidationProblem[]): Validation {
  return { valid: false, problems };
}

const MAX_PROBLEMS = 100;

/** The first hundred problems and a line saying how many more there are: a broken file can have thousands. */
export function cappedProblems(problems: ValidationProblem[]): ValidationProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { line: null, message: `… and ${more} more problems.` }];
}
