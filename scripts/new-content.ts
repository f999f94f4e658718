// Starts a new piece of content from its title: `npm run new -- <kind> --title "…"` (and `--course <id>`
// for a module). What the flags leave out is asked on the terminal; without one (a script, CI) the
// flags must say it all. Writes one file that passes the content check but for its [[…]] placeholders,
// and never overwrites a file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/schemas/collections.ts';
import { entriesOf, existingEntry, isCollectionName, type ExistingEntry } from '../src/scaffold/existing-entry.ts';
import { NEW_CONTENT_KIND_NAMES, isNewContentKind, type NewContentKind } from '../src/scaffold/kinds.ts';
import { modulePlace } from '../src/scaffold/module-place.ts';
import { nextSteps } from '../src/scaffold/next-steps.ts';
import { planNewEntry } from '../src/scaffold/plan.ts';
import { closestMatch } from '../src/utils/closest-match.ts';
import { parseSource } from '../src/validation/parse-source.ts';
import { readContentFiles } from '../src/validation/read-content.ts';

const KINDS = NEW_CONTENT_KIND_NAMES.join(', ');

const USAGE = `Start a new piece of content (${KINDS}), for example:
  npm run new -- course --title "Understanding a child's daily life"
  npm run new -- module --course understanding-daily-life --title "Hearing from the child"
  npm run new -- case --title "Mia and her dad"
Leave out the kind, --title or --course to be asked for them.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** One question on the terminal; without a terminal, a failure saying which flag to give instead. */
async function ask(question: string, withoutTerminal: string): Promise<string> {
  if (!process.stdin.isTTY) fail(`${withoutTerminal} (there is no terminal to ask on).`);
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await terminal.question(question)).trim();
  } finally {
    terminal.close();
  }
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { title: { type: 'string' }, course: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    // Node's message goes on about `--`; its first sentence is the one a trainer needs.
    fail(`${(error as Error).message.split('. ')[0]}. The flags are --title "…" and, for a module, --course <id>.`);
  }
}

async function kindOf(word: string | undefined): Promise<NewContentKind> {
  word ??= await ask(`What do you want to start? (${KINDS}) `, `Say what to start: npm run new -- <${KINDS}>`);
  word = word.toLowerCase(); // `Module` at the start of a sentence is still a module
  if (isNewContentKind(word)) return word;
  const guess = closestMatch(word, NEW_CONTENT_KIND_NAMES);
  fail(
    `There is no kind of content called "${word}"${guess ? `: did you mean "${guess}"?` : '.'} Write one of: ${KINDS}.`,
  );
}

const posixPath = (path: string) => path.split(sep).join('/');

/** A path as the trainer would type it: from the project folder when it is inside it. */
const shown = (path: string) => {
  const fromHere = relative(process.cwd(), path);
  return posixPath(fromHere.startsWith('..') ? resolve(path) : fromHere);
};

/** Today in the trainer's time zone, YYYY-MM-DD. */
const today = () => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

/** The id, course and order of every entry, read even from a file with mistakes (the check reports those). */
const readExisting = (root: string): ExistingEntry[] =>
  readContentFiles(root, root).flatMap((file) =>
    isCollectionName(file.collection)
      ? [existingEntry(file.collection, posixPath(file.path), parseSource(file).parsed?.data)]
      : [],
  );

/** A module's course, asked for when not given, and checked before the title is asked for. */
async function courseFor(kind: NewContentKind, given: string | undefined, existing: ExistingEntry[]) {
  if (kind !== 'module') return given;
  const ids = entriesOf(existing, 'courses').map((entry) => entry.id);
  const list = ids.sort().join(', ');
  const course =
    given ??
    (ids.length === 0
      ? undefined // the check below says how to start a course
      : await ask(
          `Courses: ${list}\nWhich course is the module for? `,
          `Say which course with --course: one of ${list}`,
        ));
  const place = modulePlace(course, existing);
  if ('problem' in place) fail(place.problem);
  return course;
}

/** Writes the file, refusing to replace one that is already there. */
function writeNew(file: string, text: string) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    fail(`${shown(file)} already exists, so nothing was written: write a different title.`);
  }
}

const { values, positionals } = readArguments();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length > 1)
  fail(
    `Put the title in quotes after --title: npm run new -- ${positionals[0]} --title "${positionals.slice(1).join(' ')}"`,
  );
const kind = await kindOf(positionals[0]);
const root = contentRoot();
const existing = readExisting(root);
const course = await courseFor(kind, values.course, existing);
const title =
  values.title ?? (await ask(`Title of the new ${kind}: `, `Give the title: npm run new -- ${kind} --title "…"`));
const schemaFolder = posixPath(relative(root, join(import.meta.dirname, '../src/schemas/json')));
const request = { kind, title, course, today: today(), schemaFolder, contentFolder: shown(root) };
const planned = planNewEntry(request, existing);
if ('problem' in planned) fail(planned.problem);
const file = join(root, planned.path);
writeNew(file, planned.text);
console.log(nextSteps(kind, shown(file), planned.id).join('\n'));
