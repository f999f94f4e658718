import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../../src/validation/placeholders.ts';
import { readContentFiles } from '../../../src/validation/read-content.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';

// The real command a trainer runs, `npm run new -- <kind> …`, on a copy of a content folder, checked
// afterwards by the project's own validator.
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'new-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of a content folder, so each test writes into its own. */
const copyOf = (fixture: string) => {
  const folder = join(scratch, `${++copies}`);
  cpSync(join(projectRoot, fixture), folder, { recursive: true });
  return folder;
};

/** Runs the script without a terminal (stdin is a pipe), as CI or another script would. */
const newContent = (folder: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-content.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, TRIANGULATE_CONTENT: folder },
    encoding: 'utf8',
  });

/** Runs the script, expects it to succeed, and returns the file it says it wrote. */
const written = (folder: string, ...args: string[]) => {
  const { status, stdout, stderr } = newContent(folder, ...args);
  expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  const file = /^Wrote (.+?): a new /.exec(stdout)?.[1] ?? '';
  expect(existsSync(file)).toBe(true);
  return file;
};

const problemsIn = (folder: string) => validateContent(readContentFiles(folder)).problems;

/** Replaces each [[…]] with plain words, as a trainer would. */
const fillIn = (file: string) => {
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    placeholdersIn(text).reduce((all, p) => all.replace(p, 'Plain words'), text),
  );
};

describe('npm run new', () => {
  it.each([
    ['course', ['--title', 'Working with fathers']],
    ['module', ['--course', 'first-steps', '--title', "Hearing from the child: a teenager's view"]],
    ['case', ['--title', 'Mia and her dad']],
    ['talk', ['--title', "What a child's day can tell you"]],
    ['resource', ['--title', 'Working Together to Safeguard Children 2023']],
    ['term', ['--title', 'Rule of optimism']],
  ])('writes a new %s that passes the content check once its placeholders are filled in', (kind, args) => {
    const folder = copyOf('tests/fixtures/minimal');
    const files = [written(folder, kind, ...args)];
    // A course without a module is a problem of its own: the printed next step is to add one.
    if (kind === 'course')
      files.push(written(folder, 'module', '--course', 'working-with-fathers', '--title', 'First'));
    for (const file of files) expect(readFileSync(file, 'utf8')).toContain('[[');
    // Until they are filled in, the placeholders are the only problems, each quoted in its message.
    expect(problemsIn(folder).filter((problem) => placeholdersIn(problem.message).length === 0)).toEqual([]);
    files.forEach(fillIn);
    expect(problemsIn(folder)).toEqual([]);
  });

  it('puts a module last in a real course, in its folder, and leaves the real content valid', () => {
    const folder = copyOf('content');
    const file = written(folder, 'module', '--course', 'listening-to-children', '--title', 'Hearing teenagers');
    expect(file).toBe(join(folder, 'courses/listening-to-children/04-hearing-teenagers.mdx'));
    expect(readFileSync(file, 'utf8')).toContain('\norder: 4\n');
    fillIn(file);
    expect(problemsIn(folder)).toEqual([]);
  });

  it('prints the file it wrote and the next steps', () => {
    const folder = copyOf('tests/fixtures/minimal');
    const { stdout } = newContent(folder, 'term', '--title', 'Rule of optimism');
    expect(stdout.replaceAll(folder, '<content>')).toMatchInlineSnapshot(`
      "Wrote <content>/glossary/rule-of-optimism.yaml: a new term with the id \`rule-of-optimism\`.

      Next:
      1. Open <content>/glossary/rule-of-optimism.yaml and replace each [[…]] with your own words.
      2. Use it in a module or talk: \`<GlossaryTerm id="rule-of-optimism">…</GlossaryTerm>\`.
      3. Run \`npm run check:content\`: it lists anything still to fix, including any [[…]] left.
      4. Each field is explained at /trainers/resources-and-glossary/#add-a-glossary-term in the trainers' guide (run \`npm run dev\`, then open http://localhost:4321/trainers/resources-and-glossary/#add-a-glossary-term).
      "
    `);
  });

  it.each([
    [
      'refuses a title whose id exists, and writes nothing',
      ['module', '--course', 'first-steps', '--title', 'What an assessment is for'],
      /^There is already a module with the id `what-an-assessment-is-for`, in .+\/courses\/first-steps\/01-what-an-assessment-is-for\.mdx: write a different title\.\n$/,
    ],
    [
      'suggests the closest course to an unknown one',
      ['module', '--course', 'frist-steps', '--title', 'Weighing'],
      /^There is no course with the id `frist-steps`: did you mean `first-steps`\?\n$/,
    ],
    [
      'asks for --title when there is no terminal to ask on',
      ['case'],
      /^Give the title: npm run new -- case --title "…" \(there is no terminal to ask on\)\.\n$/,
    ],
    [
      'asks for --course when there is no terminal to ask on',
      ['module', '--title', 'Weighing'],
      /^Say which course with --course: one of first-steps \(there is no terminal to ask on\)\.\n$/,
    ],
    ['suggests the closest kind to an unknown one', ['modul', '--title', 'Weighing'], /did you mean "module"\?/],
    ['takes only the flags it knows', ['term', '--titel', 'Weighing'], /^Unknown option '--titel'\./],
    ['wants the title in quotes', ['term', 'Rule', 'of', 'optimism'], /--title "Rule of optimism"/],
  ])('%s', (_, args, message) => {
    const folder = copyOf('tests/fixtures/minimal');
    const before = readContentFiles(folder).map((file) => file.path);
    const { status, stdout, stderr } = newContent(folder, ...args);
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toMatch(message);
    expect(readContentFiles(folder).map((file) => file.path)).toEqual(before);
  });

  it('never overwrites a file, even one whose id differs', () => {
    const folder = copyOf('tests/fixtures/minimal');
    const file = join(folder, 'glossary/rule-of-optimism.yaml');
    written(folder, 'term', '--title', 'Rule of optimism');
    writeFileSync(file, 'id: another-id\nterm: Another\ndefinition: Kept.\n');
    const { status, stderr } = newContent(folder, 'term', '--title', 'Rule of optimism');
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /rule-of-optimism\.yaml already exists, so nothing was written: write a different title\.\n$/,
    );
    expect(readFileSync(file, 'utf8')).toBe('id: another-id\nterm: Another\ndefinition: Kept.\n');
  });
});
