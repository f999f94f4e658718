import type { Course } from '../schemas/course.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { ModuleData } from '../schemas/module.ts';
import type { Resource } from '../schemas/resource.ts';
import type { Talk } from '../schemas/talk.ts';
import { routes } from '../utils/routes.ts';

/** Kinds of thing the catalogue finds, in the order they are listed when scores tie. */
export const ENTRY_KINDS = ['course', 'module', 'talk', 'resource', 'glossary'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The facets of a resource in the library, used by its filters. */
export interface ResourceFacets {
  type: Resource['type'];
  topics: string[];
  audience: string[];
}

/** A resource's values in each facet of the library's filters. */
export const resourceFacets = (r: Resource): ResourceFacets => ({
  type: r.type,
  topics: r.topics,
  audience: r.audience,
});

/** One thing the catalogue can find: the metadata of a course, module, talk, resource or glossary term. */
export interface CatalogueEntry {
  kind: EntryKind;
  /** The entry's own id (a resource's id is also its anchor in the library). */
  id: string;
  title: string;
  url: string;
  /** What it is about: a summary or a definition. */
  summary: string;
  /** Tags, topics, aliases and other words a learner might use for it. */
  keywords: string[];
  /** Authors or speakers. */
  authors: string[];
  /** A short line of context shown under the title, for example the course a module belongs to. */
  context?: string;
  facets?: ResourceFacets;
  /** What a module's page holds beyond its summary: the cases played in it. */
  outline?: string;
}

/** The content the catalogue is made from: the validated data of each collection. */
export interface CatalogueSource {
  courses: Course[];
  modules: ModuleData[];
  talks: Talk[];
  resources: Resource[];
  glossary: GlossaryTerm[];
  /** Each module's outline (`moduleOutline`), by module id. */
  outlines?: ReadonlyMap<string, string>;
}

/** What a case tells about itself, for the outline of the module it is played in. */
export interface CaseOutline {
  title: string;
  summary: string;
}

/**
 * Each module's outline for the catalogue, by module id: the title and summary of each case played in it, so that the
 * instant results know a module by the situations it works through ("asthma care keeps slipping") as
 * well as by its own summary. Its section headings would find one more of the 112 tuning queries, at
 * 40% more catalogue (20 KB gzipped at 1,000 modules): not worth a learner's download.
 */
export function moduleOutlines(
  modules: readonly { id: string; caseIds: readonly string[] }[],
  cases: readonly (CaseOutline & { id: string })[],
): Map<string, string> {
  const byId = new Map(cases.map((c) => [c.id, c]));
  return new Map(
    modules.map(({ id, caseIds }) => [
      id,
      caseIds
        .flatMap((caseId) => {
          const played = byId.get(caseId);
          return played ? [played.title, played.summary] : [];
        })
        .join('\n'),
    ]),
  );
}

/** Every catalogue entry, from the metadata of the site's content (never from page bodies). */
export function catalogueEntries({
  courses,
  modules,
  talks,
  resources,
  glossary,
  outlines,
}: CatalogueSource): CatalogueEntry[] {
  const courseTitle = (id: string | undefined) => courses.find((c) => c.id === id)?.title;
  return [
    ...courses.map((c): CatalogueEntry => ({
      kind: 'course',
      id: c.id,
      title: c.title,
      url: routes.course(c.id),
      summary: c.summary,
      keywords: [...c.tags, ...c.audience],
      authors: [],
    })),
    ...modules.map((m): CatalogueEntry => ({
      kind: 'module',
      id: m.id,
      title: m.title,
      url: routes.module(m.course, m.id),
      summary: m.summary,
      keywords: m.tags,
      authors: [],
      ...present('context', courseTitle(m.course)),
      ...present('outline', outlines?.get(m.id)),
    })),
    ...talks.map((talk): CatalogueEntry => ({
      kind: 'talk',
      id: talk.id,
      title: talk.title,
      url: routes.talk(talk.id),
      summary: talk.summary,
      keywords: talk.tags,
      authors: talk.speakers.map((s) => s.name),
      ...present('context', courseTitle(talk.course)),
    })),
    ...resources.map((r): CatalogueEntry => ({
      kind: 'resource',
      id: r.id,
      title: r.title,
      url: routes.resource(r.id),
      summary: r.summary,
      keywords: [...r.topics, ...r.tags, r.type],
      authors: r.authors,
      context: `${r.authors.join(', ')} (${r.year})`,
      facets: resourceFacets(r),
    })),
    ...glossary.map((g): CatalogueEntry => ({
      kind: 'glossary',
      id: g.id,
      title: g.term,
      url: routes.glossaryTerm(g.id),
      summary: g.definition,
      keywords: g.aliases,
      authors: [],
    })),
  ];
}

// exactOptionalPropertyTypes: leave an optional field out rather than set it to undefined.
const present = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
