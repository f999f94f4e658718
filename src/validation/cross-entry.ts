import type { CollectionName } from '../schemas/collections.ts';
import { closestMatch } from '../utils/closest-match.ts';
import type { Problem } from './problem.ts';
import type { FailedEntry, ValidatedContent, ValidEntry } from './validate-content.ts';

/** A pointer from one entry to another, with the field it is written in. */
interface Link {
  field: string;
  id: string;
}

/**
 * The rules that span entries: unique ids, links that point at real entries, and modules numbered
 * 1, 2, 3… in each course. Pure: it sees only validated entries, so it is tested without files.
 */
export function crossEntryProblems(content: ValidatedContent, failed: readonly FailedEntry[] = []): Problem[] {
  const ids = idSets(content, failed);
  // Looked up by id rather than searched per question: at 10,000 modules a search took 90 s of the build.
  const moduleById = new Map<string, ValidEntry<'modules'>>();
  for (const module of content.modules) if (!moduleById.has(module.data.id)) moduleById.set(module.data.id, module);
  return [
    ...(Object.keys(content) as CollectionName[]).flatMap((name) => duplicateIds(content[name])),
    ...danglingLinks(content.modules, ids.courses, 'course', (m) => [{ field: 'course', id: m.data.course }]),
    ...danglingLinks(content.modules, ids.modules, 'module', (m) => listLinks('prerequisites', m.data.prerequisites)),
    ...danglingLinks(content.modules, ids.resources, 'resource', (m) => listLinks('references', m.data.references)),
    ...danglingLinks([...content.modules, ...content.talks], ids.cases, 'case', (e) => componentLinks(e, 'Case')),
    ...danglingLinks([...content.modules, ...content.talks], ids.glossary, 'glossary term', (e) =>
      componentLinks(e, 'GlossaryTerm'),
    ),
    ...danglingLinks(content.talks, ids.modules, 'module', (t) => listLinks('relatedModules', t.data.relatedModules)),
    ...danglingLinks(content.talks, ids.courses, 'course', (t) =>
      t.data.course ? [{ field: 'course', id: t.data.course }] : [],
    ),
    ...danglingLinks(content.glossary, ids.glossary, 'glossary term', (g) => listLinks('related', g.data.related)),
    ...danglingLinks(content.glossary, ids.resources, 'resource', (g) =>
      g.data.source ? [{ field: 'source', id: g.data.source }] : [],
    ),
    ...danglingLinks(content.cases, ids.modules, 'module', caseModuleLinks),
    ...content.cases.flatMap((c) => missingSections(c, moduleById)),
    ...content.modules.flatMap(selfPrerequisite),
    ...[...content.modules, ...content.talks].flatMap(repeatedReflectionIds),
    ...moduleOrder(content, failed),
    ...coursesWithoutModules(content, failed),
  ];
}

type AnyEntry = ValidEntry<CollectionName>;

/** Known ids per collection. Entries that failed their own check count as known, so one mistake is reported once. */
function idSets(content: ValidatedContent, failed: readonly FailedEntry[]) {
  const failedIds = (name: CollectionName) => failed.flatMap((f) => (f.collection === name && f.id ? [f.id] : []));
  const set = (name: CollectionName) => new Set([...content[name].map((e) => e.data.id), ...failedIds(name)]);
  return {
    courses: set('courses'),
    modules: set('modules'),
    cases: set('cases'),
    resources: set('resources'),
    glossary: set('glossary'),
  };
}

const listLinks = (field: string, ids: readonly string[]): Link[] =>
  ids.map((id, i) => ({ field: `${field}[${i}]`, id }));

function componentLinks(entry: AnyEntry, component: string): Link[] {
  return entry.components
    .filter((usage) => usage.name === component && usage.attributes['id'])
    .map((usage) => ({ field: `line ${usage.line} <${component}> id`, id: usage.attributes['id'] ?? '' }));
}

function caseModuleLinks(entry: ValidEntry<'cases'>): Link[] {
  return entry.data.stages.flatMap((stage, si) =>
    stage.questions.flatMap((q, qi) =>
      q.learnMore ? [{ field: `stages[${si}].questions[${qi}].learnMore.module`, id: q.learnMore.module }] : [],
    ),
  );
}

function duplicateIds(entries: readonly AnyEntry[]): Problem[] {
  const firstFile = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const earlier = firstFile.get(entry.data.id);
    if (earlier) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `The id \`${entry.data.id}\` is already used by ${earlier}. Give this entry an id of its own.`,
      });
    } else {
      firstFile.set(entry.data.id, entry.file);
    }
  }
  return problems;
}

function danglingLinks<E extends AnyEntry>(
  entries: readonly E[],
  known: Set<string>,
  what: string,
  linksOf: (entry: E) => Link[],
): Problem[] {
  const candidates = [...known].sort();
  return entries.flatMap((entry) =>
    linksOf(entry)
      .filter((link) => !known.has(link.id))
      .map((link) => ({
        file: entry.file,
        field: link.field,
        message: missingTargetMessage(link.id, what, candidates),
      })),
  );
}

function missingTargetMessage(id: string, what: string, candidates: string[]): string {
  const guess = closestMatch(id, candidates);
  if (guess) return `There is no ${what} with the id \`${id}\`: did you mean \`${guess}\`?`;
  if (candidates.length === 0)
    return `There is no ${what} with the id \`${id}\`, and none exists yet: add it, or remove this link.`;
  const shown = candidates
    .slice(0, 8)
    .map((c) => `\`${c}\``)
    .join(', ');
  return `There is no ${what} with the id \`${id}\`. Write one of: ${shown}${candidates.length > 8 ? ', …' : ''}.`;
}

/** A case's `learnMore.section` must be the anchor of a heading in that module. */
function missingSections(entry: ValidEntry<'cases'>, modules: ReadonlyMap<string, ValidEntry<'modules'>>): Problem[] {
  return entry.data.stages.flatMap((stage, si) =>
    stage.questions.flatMap((q, qi) => {
      const module = q.learnMore && modules.get(q.learnMore.module);
      const section = q.learnMore?.section;
      if (!module || !section || module.headings.includes(section)) return [];
      const guess = closestMatch(section, module.headings);
      const fix = guess
        ? `did you mean \`${guess}\`?`
        : module.headings.length === 0
          ? 'it has no `##` headings yet. Add one, or leave `section` out to link to the top of the module.'
          : `write one of: ${module.headings.map((h) => `\`${h}\``).join(', ')}.`;
      return [
        {
          file: entry.file,
          field: `stages[${si}].questions[${qi}].learnMore.section`,
          message: `Module \`${module.data.id}\` has no heading with the anchor \`${section}\`: ${fix}`,
        },
      ];
    }),
  );
}

function selfPrerequisite(module: ValidEntry<'modules'>): Problem[] {
  return module.data.prerequisites.includes(module.data.id)
    ? [
        {
          file: module.file,
          field: 'prerequisites',
          message: 'A module cannot be its own prerequisite: remove its own id from the list.',
        },
      ]
    : [];
}

function repeatedReflectionIds(entry: ValidEntry<'modules' | 'talks'>): Problem[] {
  const seen = new Set<string>();
  return entry.components
    .filter((usage) => usage.name === 'Reflection' && usage.attributes['id'])
    .flatMap((usage) => {
      const id = usage.attributes['id'] ?? '';
      const repeated = seen.has(id);
      seen.add(id);
      return repeated
        ? [
            {
              file: entry.file,
              field: `line ${usage.line} <Reflection> id`,
              message: `The id \`${id}\` is already used by another Reflection in this file: give each its own, because learners' notes are saved under it.`,
            },
          ]
        : [];
    });
}

/** Modules in each course must be numbered 1, 2, 3… with no repeats and no gaps. */
function moduleOrder(content: ValidatedContent, failed: readonly FailedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byCourse = Map.groupBy(content.modules, (m) => m.data.course);
  for (const course of content.courses) {
    const modules = (byCourse.get(course.data.id) ?? []).sort((a, b) => a.data.order - b.data.order);
    const seen = new Map<number, string>();
    // A module that failed its own check still holds its place, so its mistake does not also read as a gap.
    for (const f of failed)
      if (f.collection === 'modules' && f.course === course.data.id && f.order)
        seen.set(f.order, 'a module with problems');
    for (const module of modules) {
      const other = seen.get(module.data.order);
      if (other)
        problems.push({
          file: module.file,
          field: 'order',
          message: `${other} already has \`order: ${module.data.order}\`. Give each module in the course its own number.`,
        });
      seen.set(module.data.order, module.file);
    }
    const numbers = [...seen.keys()];
    const missing = numbers.length
      ? Array.from({ length: Math.max(...numbers) }, (_, i) => i + 1).filter((n) => !seen.has(n))
      : [];
    if (missing.length > 0) {
      const after = modules.find((m) => m.data.order > missing[0]!);
      problems.push({
        file: after?.file ?? course.file,
        field: 'order',
        message: `The modules of course \`${course.data.id}\` are numbered ${numbers.join(', ')}: ${missing.length === 1 ? `number ${missing[0]} is` : `numbers ${listInWords(missing)} are`} missing. Renumber them 1, 2, 3… with no gaps.`,
      });
    }
  }
  return problems;
}

/** `2, 3 and 5`. */
const listInWords = (items: readonly (string | number)[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${String(items.at(-1))}`;

function coursesWithoutModules(content: ValidatedContent, failed: readonly FailedEntry[]): Problem[] {
  const withModules = new Set([
    ...content.modules.map((m) => m.data.course),
    ...failed.flatMap((f) => (f.collection === 'modules' && f.course ? [f.course] : [])),
  ]);
  return content.courses
    .filter((course) => !withModules.has(course.data.id))
    .map((course) => ({
      file: course.file,
      field: 'id',
      message: `No module belongs to this course yet: add a module with \`course: ${course.data.id}\` in its details.`,
    }));
}
