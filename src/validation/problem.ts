/** One thing wrong with the content, told so that a trainer can fix it. */
export interface Problem {
  /** Path of the file from the project root, for example `content/courses/assessment/course.yaml`. */
  file: string;
  /** Where in the file: a field path such as `stages[2].questions[1].options`, or `body` for MDX text. */
  field: string;
  /** What to write instead, in plain English. */
  message: string;
}

/** `file · field · what to write instead`, the one shape every content error takes. */
export function formatProblem({ file, field, message }: Problem): string {
  return `${file} · ${field} · ${message}`;
}

/** Formats field paths the way authors read them: `stages[2].questions[1].options`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Problems in reading order: by file, then by where they sit in the file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field, 'en', { numeric: true }),
  );
}

/** The report printed when content has problems: every problem, one per line, and a count. */
export function formatReport(problems: readonly Problem[]): string {
  const lines = sortProblems(problems).map(formatProblem);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `The content has ${count} to fix:`,
    '',
    ...lines,
    '',
    'Each line reads: file · field · what to write instead.',
  ].join('\n');
}
