import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';
import type { ExistingEntry } from '../../../src/scaffold/existing-entry.ts';
import { NEW_CONTENT_KINDS, NEW_CONTENT_KIND_NAMES, type NewContentKind } from '../../../src/scaffold/kinds.ts';
import { placeholdersIn } from '../../../src/validation/placeholders.ts';
import { planNewEntry, type NewEntry, type NewEntryRequest } from '../../../src/scaffold/plan.ts';
import { parseSource } from '../../../src/validation/parse-source.ts';

const existing: ExistingEntry[] = [
  { collection: 'courses', path: 'courses/basics/course.yaml', id: 'assessment-basics' },
  {
    collection: 'modules',
    path: 'courses/basics/01-why.mdx',
    id: 'why-assessment-matters',
    course: 'assessment-basics',
    order: 1,
  },
  { collection: 'modules', path: 'courses/basics/02-new.mdx', id: 'new-people', course: 'assessment-basics', order: 2 },
  { collection: 'glossary', path: 'glossary/anchoring.yaml', id: 'anchoring' },
];

const request = (kind: NewContentKind, title: string, course?: string): NewEntryRequest => ({
  kind,
  title,
  course,
  today: '2026-12-02',
  schemaFolder: '../src/schemas/json',
  contentFolder: 'content',
});

const plan = (kind: NewContentKind, title: string, course?: string) => {
  const planned = planNewEntry(request(kind, title, course), existing);
  if ('problem' in planned) throw new Error(planned.problem);
  return planned;
};

/** The entry's data as its schema reads it, with every placeholder replaced by plain words. */
const filledIn = (kind: NewContentKind, { path, text }: NewEntry) => {
  const { collection } = NEW_CONTENT_KINDS[kind];
  const filled = placeholdersIn(text).reduce((all, p) => all.replace(p, 'Plain words'), text);
  const { parsed } = parseSource({ path, format: COLLECTIONS[collection].format, text: filled });
  return COLLECTIONS[collection].schema.safeParse(parsed?.data);
};

describe('planNewEntry', () => {
  it.each([
    ['course', 'Working with fathers', undefined, 'courses/working-with-fathers/course.yaml'],
    ['module', 'Hearing from the child', 'assessment-basics', 'courses/basics/03-hearing-from-the-child.mdx'],
    ['case', 'Mia and her dad', undefined, 'cases/mia-and-her-dad.yaml'],
    ['talk', "What a child's day can tell you", undefined, 'talks/what-a-childs-day-can-tell-you.mdx'],
    ['resource', 'Working Together 2023', undefined, 'resources/working-together-2023.yaml'],
    ['term', 'Rule of optimism', undefined, 'glossary/rule-of-optimism.yaml'],
  ] as const)('a %s titled %j goes in %s', (kind, title, course, path) => {
    expect(plan(kind, title, course).path).toBe(path);
  });

  it.each(NEW_CONTENT_KIND_NAMES)(
    'a new %s has placeholders, and passes its schema once they are filled in',
    (kind) => {
      const planned = plan(kind, 'A title: with a colon', kind === 'module' ? 'assessment-basics' : undefined);
      expect(placeholdersIn(planned.text).length).toBeGreaterThan(0);
      const result = filledIn(kind, planned);
      expect(result.error?.issues).toBeUndefined();
      expect(result.data).toMatchObject({ id: 'a-title-with-a-colon' });
    },
  );

  it('numbers a new module after the last one in its course', () => {
    expect(plan('module', 'Hearing from the child', 'assessment-basics').text).toMatch(
      /^---\nid: hearing-from-the-child\ncourse: assessment-basics\norder: 3\n/,
    );
  });

  it('dates a talk today, gives a resource this year, and points YAML at its JSON Schema', () => {
    expect(plan('talk', 'A talk').text).toContain('\ndate: 2026-12-02\n');
    expect(plan('resource', 'A report').text).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/src\/schemas\/json\/resource\.schema\.json\n[\s\S]*\nyear: 2026 /,
    );
    expect(plan('course', 'A course').text).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/src\/schemas\/json\/course/,
    );
  });

  it.each([
    ['term', '   ', undefined, 'Write a title for the new term: it must not be blank.'],
    [
      'term',
      'Anchoring',
      undefined,
      'There is already a term with the id `anchoring`, in content/glossary/anchoring.yaml: write a different title.',
    ],
    [
      'module',
      'Why assessment matters',
      'assessment-basics',
      'There is already a module with the id `why-assessment-matters`, in content/courses/basics/01-why.mdx: write a different title.',
    ],
    [
      'module',
      'Anchoring',
      'assesment-basics',
      'There is no course with the id `assesment-basics`: did you mean `assessment-basics`?',
    ],
    [
      'module',
      'Anchoring',
      undefined,
      'Say which course the module is for, with --course. Write one of: `assessment-basics`.',
    ],
    ['case', 'Mia', 'assessment-basics', 'Only a module belongs to a course: leave out --course for a case.'],
    ['course', 'AI', undefined, 'The title "AI" gives the id `ai`, too short to use: write a longer title.'],
  ] as const)('a %s titled %j (course %j) is refused: %s', (kind, title, course, problem) => {
    expect(planNewEntry(request(kind, title, course), existing)).toEqual({ problem });
  });
});
