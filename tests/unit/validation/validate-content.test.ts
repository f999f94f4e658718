import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from '../../../src/schemas/components.ts';
import { readContentFiles } from '../../../src/validation/read-content.ts';
import { summariseContent } from '../../../src/validation/summary.ts';
import { validateContent, type ContentFile } from '../../../src/validation/validate-content.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => join(projectRoot, 'tests/fixtures', name);

describe('the valid fixture', () => {
  const { content, problems } = validateContent(readContentFiles(fixture('valid'), projectRoot));

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has every kind of entry', () => {
    expect(summariseContent(content)).toBe('courses: 1, modules: 2, cases: 1, talks: 1, resources: 2, glossary: 2');
  });

  it('uses every component, and not the examples written in code', () => {
    const used = content.modules.flatMap((m) => m.components.map((c) => c.name));
    expect(new Set(used)).toEqual(new Set(COMPONENT_NAMES));
    expect(content.modules.flatMap((m) => m.components).filter((c) => c.attributes['id'] === 'your-case')).toEqual([]);
  });

  it('has a case with every kind of question', () => {
    const kinds = content.cases.flatMap((c) => c.data.stages.flatMap((s) => s.questions.map((q) => q.kind)));
    expect(kinds.sort()).toEqual(['multiple', 'ranking', 'rating', 'reflection', 'single']);
  });
});

it('reports three mistakes in three files in one run', () => {
  const { problems } = validateContent(readContentFiles(fixture('three-mistakes'), projectRoot));
  const base = 'tests/fixtures/three-mistakes';
  expect(problems).toHaveLength(3);
  expect(problems).toEqual(
    expect.arrayContaining([
      {
        file: `${base}/courses/assessment-basics/02-three-domains.mdx`,
        field: 'minutes',
        message: expect.stringContaining('whole number of minutes'),
      },
      { file: `${base}/cases/kim-ava-leo.yaml`, field: 'passMark', message: expect.stringContaining('from 0 to 100') },
      { file: `${base}/resources/munro-review-2011.yaml`, field: 'url', message: expect.stringContaining('https://') },
    ]),
  );
});

describe('an entry with one mistake', () => {
  const validFiles = readContentFiles(fixture('valid'), projectRoot);

  /** The valid tree with one line of one file replaced. */
  function withMistake(fileEnd: string, line: string, replacement: string): ContentFile[] {
    return validFiles.map((file) => {
      if (!file.path.endsWith(fileEnd)) return file;
      expect(file.text).toContain(line);
      return { ...file, text: file.text.replace(line, replacement) };
    });
  }

  // A broken entry is left out of the cross-entry checks. Entries that link to it must not then be told
  // that it does not exist, nor a course that its numbering has a gap: the trainer would chase problems
  // that are not there.
  it.each([
    ['a course with a bad level', 'course.yaml', 'level: introductory', 'level: beginner'],
    ['the first module with minutes in words', '01-why-assessment-matters.mdx', 'minutes: 25', 'minutes: twenty-five'],
    [
      'the first module with a colon in its title',
      '01-why-assessment-matters.mdx',
      'title: Why assessment matters',
      'title: Assessment: why it matters',
    ],
    ['a glossary term with a syntax error', 'rule-of-optimism.yaml', 'term: Rule of optimism', 'term: Rule: optimism'],
  ])('is reported in its own file only: %s', (_, fileEnd, line, replacement) => {
    const { problems } = validateContent(withMistake(fileEnd, line, replacement));
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.file.split('/').at(-1)))).toEqual(new Set([fileEnd]));
  });
});

it('reads a blank file as a file without details', () => {
  const { problems } = validateContent([
    { collection: 'glossary', format: 'yaml', path: 'glossary/empty.yaml', text: '' },
  ]);
  expect(problems).toEqual([
    {
      file: 'glossary/empty.yaml',
      field: '(top level)',
      message: 'Write the details as `field: value` lines, for example `title: Why assessment matters`.',
    },
  ]);
});

it('checks components in MDX bodies, not in YAML text', () => {
  const text =
    'id: rule-of-optimism\nterm: Rule of optimism\ndefinition: Seen in <Callot> and <Case id="missing" />.\n';
  expect(validateContent([{ collection: 'glossary', format: 'yaml', path: 'g.yaml', text }]).problems).toEqual([]);
});
