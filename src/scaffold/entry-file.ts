import { posix } from 'node:path';
import { caseDraft } from './drafts/case.ts';
import { courseDraft } from './drafts/course.ts';
import { resourceDraft } from './drafts/resource.ts';
import { talkDraft } from './drafts/talk.ts';
import { termDraft } from './drafts/term.ts';
import type { NewContentKind } from './kinds.ts';

/** What every kind but a module needs to make its file. */
export interface EntryFacts {
  id: string;
  title: string;
  /** Today as YYYY-MM-DD: a talk's date and a resource's year start from it. */
  today: string;
  /** The JSON Schemas' folder, from the content root: YAML files name their schema for editor hints. */
  schemaFolder: string;
}

/** Where each kind's file goes, named by its id. A module's place depends on its course (module-place.ts). */
const PATHS: Record<Exclude<NewContentKind, 'module'>, (id: string) => string> = {
  course: (id) => `courses/${id}/course.yaml`,
  case: (id) => `cases/${id}.yaml`,
  talk: (id) => `talks/${id}.mdx`,
  resource: (id) => `resources/${id}.yaml`,
  term: (id) => `glossary/${id}.yaml`,
};

/** The path (from the content root, with `/`) and text of a new entry of any kind but a module. */
export function entryFile(kind: Exclude<NewContentKind, 'module'>, facts: EntryFacts) {
  const { id, title, today } = facts;
  const path = PATHS[kind](id);
  // Relative to the file's own folder, as the existing files write it: `../../src/schemas/json/…`.
  const schema = (name: string) =>
    posix.join(posix.relative(posix.dirname(path), '.'), facts.schemaFolder, `${name}.schema.json`);
  const text = {
    course: () => courseDraft({ id, title, schema: schema('course') }),
    case: () => caseDraft({ id, title, schema: schema('case') }),
    talk: () => talkDraft({ id, title, date: today }),
    resource: () => resourceDraft({ id, title, schema: schema('resource'), year: Number(today.slice(0, 4)) }),
    term: () => termDraft({ id, title, schema: schema('glossary') }),
  }[kind]();
  return { path, text };
}
