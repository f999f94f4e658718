import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { crossEntryProblems } from './cross-entry.ts';
import { findHeadingAnchors, type ComponentUsage } from './mdx-components.ts';
import { teachingTextProblems } from './mdx-teaching-text.ts';
import { parseSource, type SourceFile } from './parse-source.ts';
import { placeholderProblems } from './placeholders.ts';
import type { Problem } from './problem.ts';
import { checkSearchWords, courseWordProblems, type ReadableSynonyms } from './search-words.ts';
import { checkSiteSettings } from './site-settings.ts';
import { diskFiles, talkMediaProblems, type ProjectFiles } from './talk-media.ts';
import { checkAgainstSchema, checkComponents } from './validate-entry.ts';

/**
 * A content file and the collection it belongs to, `site` for the site settings file (`site.yaml`),
 * `search` for the search words (`search.yaml`), or `other` for a file in a content folder that belongs
 * to none.
 */
export interface ContentFile extends SourceFile {
  collection: CollectionName | 'site' | 'search' | 'other';
  /** Why the file cannot be read as it is (its encoding, its extension): reported instead of its fields. */
  refusal?: string | undefined;
}

export type EntryData<N extends CollectionName> = z.output<(typeof COLLECTIONS)[N]['schema']>;

/** An entry that passed its schema, with where it came from and the components its body uses. */
export interface ValidEntry<N extends CollectionName> {
  file: string;
  data: EntryData<N>;
  components: ComponentUsage[];
  /** Anchors of the headings in an MDX body, for links to a section. */
  headings: string[];
}

export type ValidatedContent = { [N in CollectionName]: ValidEntry<N>[] };

/** The fields still readable in an entry that failed its check. */
export interface FailedEntry {
  collection: CollectionName;
  id?: string | undefined;
  course?: string | undefined;
  order?: number | undefined;
}

/** The id, course and order of a file whose syntax is broken, read line by line. */
function fieldsFromText(text: string): Omit<FailedEntry, 'collection'> {
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*["']?([\\w-]+)`, 'm').exec(text)?.[1];
  const order = Number(field('order'));
  return { id: field('id'), course: field('course'), order: Number.isInteger(order) ? order : undefined };
}

function readableFields(data: unknown): Omit<FailedEntry, 'collection'> {
  const { id, course, order } = data as Record<string, unknown>;
  return {
    id: typeof id === 'string' ? id : undefined,
    course: typeof course === 'string' ? course : undefined,
    order: typeof order === 'number' ? order : undefined,
  };
}

const NO_BODY = { usages: [], headings: [], problems: [] };

/**
 * An MDX body's checks: it compiles, its components are used correctly, it holds nothing a page of
 * teaching must not; and what it offers to link to.
 */
function checkBody(body: string, firstLine: number, file: ContentFile, files: ProjectFiles) {
  const components = checkComponents(body, firstLine, file.path);
  const teaching = teachingTextProblems(body, {
    file: file.path,
    firstLine,
    needsText: file.collection === 'modules',
    exists: (path) => files.exists(path),
  });
  return {
    usages: components.usages,
    headings: findHeadingAnchors(body),
    problems: [...components.problems, ...teaching],
  };
}

const isCollection = (name: ContentFile['collection']): name is CollectionName =>
  (COLLECTION_NAMES as string[]).includes(name);

/**
 * Validates every content file and the site settings: its syntax, its fields, the components in its
 * text, and the rules that span entries. Returns all the problems at once, so a trainer can fix them in one pass.
 */
export function validateContent(
  contentFiles: readonly ContentFile[],
  files: ProjectFiles = diskFiles,
): { content: ValidatedContent; problems: Problem[] } {
  const content = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as ValidatedContent;
  const problems: Problem[] = [];
  // What can still be read of entries that failed their own check, so that one mistake is reported once
  // (a module with a bad field must not also make links to it "missing" or leave a gap in the order).
  const failed: FailedEntry[] = [];
  const searchWords: { file: string; synonyms: ReadableSynonyms }[] = [];
  for (const file of contentFiles) {
    if (file.refusal) {
      problems.push({ file: file.path, field: 'file', message: file.refusal });
      if (isCollection(file.collection)) failed.push({ collection: file.collection, ...fieldsFromText(file.text) });
      continue;
    }
    problems.push(...placeholderProblems(file));
    if (file.collection === 'search') {
      const { synonyms, problems: own } = checkSearchWords(file);
      problems.push(...own);
      searchWords.push({ file: file.path, synonyms });
      continue;
    }
    if (!isCollection(file.collection)) {
      problems.push(...checkSiteSettings(file).problems);
      continue;
    }
    const { parsed, problems: syntax } = parseSource(file);
    problems.push(...syntax);
    if (!parsed) {
      failed.push({ collection: file.collection, ...fieldsFromText(file.text) });
      continue;
    }
    const checked = checkAgainstSchema(COLLECTIONS[file.collection].schema, parsed.data, file.path);
    const body = file.format === 'mdx' ? checkBody(parsed.body, parsed.bodyStartLine, file, files) : NO_BODY;
    problems.push(...checked.problems, ...body.problems);
    if (checked.value !== undefined) {
      (content[file.collection] as ValidEntry<CollectionName>[]).push({
        file: file.path,
        data: checked.value,
        components: body.usages,
        headings: body.headings,
      });
    } else {
      failed.push({ collection: file.collection, ...readableFields(parsed.data) });
    }
  }
  problems.push(...crossEntryProblems(content, failed));
  problems.push(...content.talks.flatMap((talk) => talkMediaProblems(talk, files)));
  const texts = contentFiles.filter((file) => isCollection(file.collection)).map((file) => file.text);
  problems.push(...searchWords.flatMap(({ file, synonyms }) => courseWordProblems(file, synonyms, texts)));
  return { content, problems };
}
