import { routes } from '../utils/routes.ts';
import { excerptParts, type ExcerptPart } from './excerpt.ts';
import { broaderWords, pagesInTurn, wordsToSearch } from './fewer-words.ts';
import { HIGHLIGHT_PARAM } from './highlight.ts';
import { MAX_QUERY_LENGTH, queryTerms, wordsOf } from './query-terms.ts';
import { NO_SEARCH_WORDS, translateQuery, type SearchWords } from './search-words.ts';
import { stem } from './stem.ts';
import { COMMON_WORDS_FILE, commonWordsFrom, meaningfulTerms, type CommonWords } from './stop-words.ts';

/** The parts of Pagefind's JavaScript API this site uses. @see https://pagefind.app/docs/api/ */
interface PagefindData {
  url: string;
  /** The page's indexed text. */
  content: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string | Record<string, string>> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface FullTextSection {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface FullTextHit extends FullTextSection {
  type: string | undefined;
  /** Where on the page the words were found: sections under headings, with links to them. */
  sections: FullTextSection[];
}

export type FullTextFilters = Partial<Record<'type' | 'course' | 'topic', string>> & {
  /** Include the trainers' guide, which learners' searches leave out unless they choose its type. */
  guide?: boolean;
};

/** Whether a search asks for the trainers' guide: by its box, or by choosing its kind of page. */
const wantsGuide = ({ guide, type }: FullTextFilters) => guide === true || type === 'guide';

/**
 * Pagefind's filters for the chosen ones. The trainers' guide is for trainers: its pages are in an
 * index of their own (scripts/search-bundles.ts), merged in only when a search asks for them. Once
 * merged, a search that does not ask for them leaves them out by their kind.
 */
function queryFilters(filters: FullTextFilters, guideMerged: boolean) {
  const { guide: _guide, ...chosen } = filters;
  const active: Record<string, string | Record<string, string>> = Object.fromEntries(
    Object.entries(chosen).filter(([, value]) => value),
  );
  if (guideMerged && !wantsGuide(filters) && !active['type']) active['not'] = { type: 'guide' };
  return active;
}

let loading: Promise<Pagefind | undefined> | undefined;
let mergingGuide: Promise<boolean> | undefined;

/** Merges the guide's index into Pagefind's, once; false when it cannot be fetched, to try again later. */
function mergeGuide(pagefind: Pagefind): Promise<boolean> {
  mergingGuide ??= pagefind
    .mergeIndex(routes.pagefindGuide())
    .then(() => true)
    .catch(() => {
      mergingGuide = undefined;
      return false;
    });
  return mergingGuide;
}
let loadingCommonWords: Promise<CommonWords> | undefined;

/**
 * Loads Pagefind once, and the site's own stop words beside it. The address is built at run time
 * because the index only exists after `npm run build`: Vite would refuse a static import in `npm run
 * dev`, where this resolves to undefined.
 */
export function loadPagefind(): Promise<Pagefind | undefined> {
  loading ??= import(/* @vite-ignore */ new URL(routes.pagefind('pagefind.js'), location.origin).href)
    .then(async (pagefind: Pagefind) => {
      void commonWords();
      await pagefind.options({ excerptLength: 24, highlightParam: HIGHLIGHT_PARAM });
      return pagefind;
    })
    .catch(() => {
      // Offline, or the index not built: asked again on the next search, which may be back online.
      loading = undefined;
      return undefined;
    });
  return loading;
}

/**
 * The words on nearly every page (scripts/common-words.ts), fetched once. Without them (the list is
 * unreadable, or the learner went offline) queries keep those words, and the next search asks again.
 */
function commonWords(): Promise<CommonWords> {
  loadingCommonWords ??= fetch(new URL(routes.pagefind(COMMON_WORDS_FILE), location.origin))
    .then(async (response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return commonWordsFrom(await response.json());
    })
    .catch(() => {
      loadingCommonWords = undefined;
      return new Map();
    });
  return loadingCommonWords;
}

const section = (title: string, url: string, excerpt: string): FullTextSection => ({
  title,
  url,
  excerpt: excerptParts(excerpt),
});

/** The first results of a search, how many pages matched in all, and how to get the next ones. */
export interface FullTextPage {
  hits: FullTextHit[];
  total: number;
  /**
   * The results from `offset` on, of the same search: its pages are kept in order, so the next ones
   * cost only a request for each one's text. Rejects when those cannot be fetched.
   */
  next(offset: number, limit: number): Promise<FullTextHit[]>;
  /** The words searched, when no page had all of the query's and fewer were used (fewer-words.ts). */
  fewerWords?: string[];
  /** When only a few pages had all the words: the words that found the pages shown after them. */
  alsoWords?: string[];
  /** The course's words searched for the learner's own (content/search.yaml), when there were any. */
  courseWords?: string[];
}

export interface FullTextOptions {
  /** How many results to return at first. */
  limit?: number;
  /** A correction for a word no page holds: a typo, corrected from the catalogue's vocabulary. */
  correct?: (word: string) => string;
  /** The site's synonyms and question words. */
  searchWords?: SearchWords;
}

/**
 * Full-text results, best first, or undefined when there is no index (in `npm run dev`). The query
 * reaches Pagefind as plain words only, without stop words, the site's own among them. Each result shown
 * costs a request for its text, so results come a page at a time (`next`).
 */
export async function searchFullText(
  input: string,
  filters: FullTextFilters = {},
  { limit = 10, correct = (word: string) => word, searchWords = NO_SEARCH_WORDS }: FullTextOptions = {},
): Promise<FullTextPage | undefined> {
  const pagefind = await loadPagefind();
  if (!pagefind) return undefined;
  const common = await commonWords();
  const typed = queryTerms(input.slice(0, MAX_QUERY_LENGTH));
  const { replaced, added } = translateQuery(typed, searchWords);
  const terms = meaningfulTerms(replaced, common, searchWords.ignore);
  if (wantsGuide(filters)) await mergeGuide(pagefind);
  const active = queryFilters(filters, (await mergingGuide) === true);
  if (terms.length === 0) return { hits: [], total: 0, next: () => Promise.resolve([]) };
  // Each set of words is searched once, and each page's text fetched once: the fallback asks again
  // about words it has already tried, and the first page's text is both checked and shown.
  const searches = new Map<string, Promise<PagefindResult[]>>();
  const search = (words: readonly string[]) => {
    const key = words.join(' ');
    const known =
      searches.get(key) ??
      pagefind
        .search(key, { filters: active })
        .then((found) => (found?.results ?? []).map((result) => ({ id: result.id, data: once(() => result.data()) })));
    searches.set(key, known);
    return known;
  };
  const count = async (words: readonly string[]) => (await search(words)).length;
  // Pagefind looks for the longest prefix it holds of a word it does not ("frontmatter" finds "front"),
  // so a word no page holds still finds pages; the best of them then lacks the word.
  const countHolding = async (words: readonly string[]) => {
    const found = await search(words);
    return found[0] && holdsAll((await found[0].data()).content, words) ? found.length : 0;
  };
  // When no word is held by any page, even corrected, Pagefind's own guess (a prefix it holds) is
  // better than nothing: "representitiveness" finds the pages on representativeness.
  const held = await wordsToSearch(terms, countHolding, correct);
  const searched = held.length > 0 ? held : [...terms];
  // When only a few pages have every word, the pages without one of them follow; and when the course's
  // words replaced the learner's, the pages with the learner's own words.
  const broader = searched.length > 0 ? await broaderWords(searched, count) : undefined;
  const own = added.length > 0 ? meaningfulTerms(typed, common, searchWords.ignore) : undefined;
  const { results, added: fromEach } = await pagesInTurn(search, [searched, broader, own]);
  const next = async (offset: number, count: number) =>
    (await Promise.all(results.slice(offset, offset + count).map((result) => result.data()))).map(hitOf);
  return {
    total: results.length,
    hits: await next(0, limit),
    next,
    ...(searched.length < terms.length && { fewerWords: searched }),
    ...(broader && fromEach[1]! > 0 && { alsoWords: broader }),
    ...(added.some((word) => searched.includes(word)) && { courseWords: added.filter((w) => searched.includes(w)) }),
  };
}

/** A function's promise, made on the first call and kept; one that failed is made again on the next. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}

/**
 * Whether a page's text has each of the words, in any form of it ("families" for "family"), or as the
 * start of a word (a correction is a stem: "supervis" for "supervison").
 */
function holdsAll(content: string, words: readonly string[]): boolean {
  const pageWords = [...new Set(wordsOf(content))];
  const stems = new Set(pageWords.map(stem));
  return words.every((word) => stems.has(stem(word)) || pageWords.some((held) => held.startsWith(word)));
}

/** A result as the page shows it: its title, excerpt and kind, and up to three sections where the words are. */
const hitOf = (page: PagefindData): FullTextHit => ({
  ...section(page.meta.title ?? page.url, page.url, page.excerpt),
  type: page.filters['type']?.[0],
  sections: page.sub_results
    .filter((sub) => sub.url !== page.url)
    .slice(0, 3)
    .map((sub) => section(sub.title, sub.url, sub.excerpt)),
});
