import lunr from 'lunr';
import { ENTRY_KINDS, type CatalogueEntry, type EntryKind, type ResourceFacets } from './catalogue-entries.ts';
import { NO_SEARCH_WORDS, type SearchWords } from './search-words.ts';

/**
 * The catalogue's fields and their boosts. A match in a title counts most, then the words an entry is
 * tagged with, then its authors, then its summary and a module's outline.
 */
const FIELDS = [
  { name: 't', boost: 10, of: (e: CatalogueEntry) => e.title },
  { name: 'k', boost: 5, of: (e: CatalogueEntry) => e.keywords.join(' ') },
  { name: 'a', boost: 3, of: (e: CatalogueEntry) => e.authors.join(' ') },
  { name: 's', boost: 1, of: (e: CatalogueEntry) => e.summary },
  { name: 'o', boost: 2, of: (e: CatalogueEntry) => e.outline ?? '' },
] as const;

/** What a result shows: kind, title, address, a line of context and, for resources, the library facets. */
export interface CatalogueDoc {
  kind: EntryKind;
  id: string;
  title: string;
  url: string;
  context?: string;
  facets?: ResourceFacets;
}

/**
 * The catalogue as the browser downloads it. lunr's own serialised index stores every document's
 * vectors and every posting keyed by document, about 262 KB gzipped for 1,000 entries; this keeps only
 * what those are computed from: the vocabulary once, then each field of each document as indices into
 * it (sorted and delta-coded, so they gzip well). Tokenising, stop words and stemming all happen at
 * build time; the browser only adds up term frequencies (see `loadCatalogueIndex`).
 */
export interface CatalogueFile {
  version: 1;
  /** Every stemmed term, sorted. */
  terms: string[];
  /** Per document, per field (in FIELDS order): its terms as gaps between indices into `terms`. */
  fields: number[][][];
  /** Per document: [kind index, id, title, url, context, facets]. */
  docs: [number, string, string, string, string?, ResourceFacets?][];
  /** The site's synonyms and question words (content/search.yaml), which both engines apply to queries. */
  searchWords?: SearchWords;
}

/** lunr's indexing pipeline (trimmer, stop words, stemmer), run at build time only. */
function indexTerms(text: string): string[] {
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  return pipeline.run(lunr.tokenizer(text)).map(String);
}

const deltaEncode = (sorted: number[]) => sorted.map((n, i) => n - (i === 0 ? 0 : sorted[i - 1]!));
const deltaDecode = (gaps: number[]) => {
  let n = 0;
  return gaps.map((gap) => (n += gap));
};

/** Builds the catalogue file from its entries and the site's search words (at build time). */
export function buildCatalogueFile(
  entries: readonly CatalogueEntry[],
  searchWords: SearchWords = NO_SEARCH_WORDS,
): CatalogueFile {
  const perDoc = entries.map((entry) => FIELDS.map((field) => indexTerms(field.of(entry))));
  const terms = [...new Set(perDoc.flat(2))].sort();
  const position = new Map(terms.map((term, i) => [term, i]));
  return {
    version: 1,
    terms,
    fields: perDoc.map((fields) =>
      fields.map((fieldTerms) => deltaEncode(fieldTerms.map((term) => position.get(term)!).sort((a, b) => a - b))),
    ),
    docs: entries.map((e) => {
      const doc: CatalogueFile['docs'][number] = [ENTRY_KINDS.indexOf(e.kind), e.id, e.title, e.url];
      if (e.context || e.facets) doc.push(e.context ?? '');
      if (e.facets) doc.push(e.facets);
      return doc;
    }),
    ...((searchWords.synonyms.length > 0 || searchWords.ignore.length > 0) && { searchWords }),
  };
}

/** The catalogue ready to query: the lunr index and the documents its refs (array positions) point at. */
export interface LoadedCatalogue {
  index: lunr.Index;
  docs: CatalogueDoc[];
  /** Every indexed stem, sorted, for typo correction. */
  terms: readonly string[];
  searchWords: SearchWords;
}

/** A builder with the catalogue's fields and boosts; the search pipeline stems queries as indexing did. */
function catalogueBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.ref('r');
  for (const field of FIELDS) builder.field(field.name, { boost: field.boost });
  builder.searchPipeline.add(lunr.stemmer);
  return builder;
}

/**
 * Turns the downloaded file into a lunr index. The terms are already processed, so the indexing
 * pipeline stays empty and lunr only computes its vectors, exactly as it would have at build time.
 */
export function loadCatalogueIndex(file: CatalogueFile): LoadedCatalogue {
  const builder = catalogueBuilder();
  file.fields.forEach((fields, ref) => {
    const doc: Record<string, string | string[]> = { r: String(ref) };
    FIELDS.forEach((field, i) => (doc[field.name] = deltaDecode(fields[i] ?? []).map((n) => file.terms[n]!)));
    builder.add(doc);
  });
  return {
    index: builder.build(),
    terms: file.terms,
    searchWords: file.searchWords ?? NO_SEARCH_WORDS,
    docs: file.docs.map(([kind, id, title, url, context, facets]) => ({
      kind: ENTRY_KINDS[kind] ?? 'module',
      id,
      title,
      url,
      ...(context ? { context } : {}),
      ...(facets ? { facets } : {}),
    })),
  };
}

/** The same index built directly by lunr from the entries: the reference the compact file must match. */
export function referenceIndex(entries: readonly CatalogueEntry[]): lunr.Index {
  const builder = catalogueBuilder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  entries.forEach((entry, ref) => {
    const doc: Record<string, string> = { r: String(ref) };
    for (const field of FIELDS) doc[field.name] = field.of(entry);
    builder.add(doc);
  });
  return builder.build();
}
