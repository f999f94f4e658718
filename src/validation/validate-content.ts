import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { crossEntryProblems } from './cross-entry.ts';
import { findHeadingAnchors, type ComponentUsage } from './mdx-components.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import { parseSource, type SourceFile } from './parse-source.ts';
import type { Problem } from './problem.ts';
import { checkSiteSettings } from './site-settings.ts';
import { diskFiles, talkMediaProblems, type TalkFiles } from './talk-media.ts';
import { checkAgainstSchema, checkComponents } from './validate-entry.ts';

/** A content file and the collection it belongs to, or `site` for the site settings file (`site.yaml`). */
export interface ContentFile extends SourceFile {
  collection: CollectionName | 'site';
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

/** An MDX body's checks: it compiles, its components are used correctly; and what it offers to link to. */
function checkBody(body: string, firstLine: number, file: string) {
  const components = checkComponents(body, firstLine, file);
  return {
    usages: components.usages,
    headings: findHeadingAnchors(body),
    problems: [...components.problems, ...checkMdxSyntax(body, firstLine, file)],
  };
}

/**
 * Validates every content file and the site settings: its syntax, its fields, the components in its
 * text, and the rules that span entries. Returns all the problems at once, so a trainer can fix them in one pass.
 */
export function validateContent(
  files: readonly ContentFile[],
  talkFiles: TalkFiles = diskFiles,
): { content: ValidatedContent; problems: Problem[] } {
  const content = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as ValidatedContent;
  const problems: Problem[] = [];
  // What can still be read of entries that failed their own check, so that one mistake is reported once
  // (a module with a bad field must not also make links to it "missing" or leave a gap in the order).
  const failed: FailedEntry[] = [];
  for (const file of files) {
    if (file.collection === 'site') {
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
    const body = file.format === 'mdx' ? checkBody(parsed.body, parsed.bodyStartLine, file.path) : NO_BODY;
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
  problems.push(...content.talks.flatMap((talk) => talkMediaProblems(talk, talkFiles)));
  return { content, problems };
}
