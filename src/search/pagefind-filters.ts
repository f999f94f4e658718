/** Kinds of page in the full-text index, offered as the "type" filter. */
export const PAGE_TYPES = ['module', 'talk', 'resource', 'glossary', 'guide'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface PageFilters {
  type: PageType;
  /** Titles of the courses the page belongs to: a module's own, or those of a talk's related modules. */
  courses?: readonly string[];
  /** Topics: a module's or talk's tags. */
  topics?: readonly string[];
}

/**
 * The `data-pagefind-filter` values for a page, one per filter value: Pagefind 1.6 reads one `key:value`
 * per element (a comma does not separate two), and takes everything after the first colon as the value.
 */
export function pagefindFilters({ type, courses = [], topics = [] }: PageFilters): string[] {
  return [`type:${type}`, ...courses.map((course) => `course:${course}`), ...topics.map((topic) => `topic:${topic}`)];
}
