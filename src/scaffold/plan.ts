import { posix } from 'node:path';
import type { CollectionName } from '../schemas/collections.ts';
import { moduleDraft } from './drafts/module.ts';
import { idFromTitle, newIdProblem } from './entry-id.ts';
import { entryFile, type EntryFacts } from './entry-file.ts';
import { entriesOf, type ExistingEntry } from './existing-entry.ts';
import { NEW_CONTENT_KINDS, type NewContentKind } from './kinds.ts';
import { modulePlace } from './module-place.ts';

/** What the trainer asked for, and the facts of the day a new entry starts from. */
export interface NewEntryRequest extends Omit<EntryFacts, 'id'> {
  kind: NewContentKind;
  /** The course a module belongs to; only a module takes one. */
  course?: string | undefined;
  /** The content folder as the trainer knows it, such as `content`, to name an existing file in a message. */
  contentFolder: string;
}

/** The file to write: its path from the content root (with `/`), its text, and the new id. */
export interface NewEntry {
  id: string;
  path: string;
  text: string;
}

type Planned = NewEntry | { problem: string };

/**
 * The new entry's file, or the one problem that stops it, in words for the trainer. Pure: the caller
 * reads the existing entries and writes the file.
 */
export function planNewEntry(request: NewEntryRequest, existing: readonly ExistingEntry[]): Planned {
  const { kind, course } = request;
  const title = request.title.trim();
  if (title === '') return { problem: `Write a title for the new ${kind}: it must not be blank.` };
  if (kind === 'module') return planModule(title, request, existing);
  if (course !== undefined) return { problem: `Only a module belongs to a course: leave out --course for a ${kind}.` };
  const id = idFromTitle(title);
  const problem = newIdProblem(title, id, kind, taken(request, existing, NEW_CONTENT_KINDS[kind].collection));
  if (problem) return { problem };
  return { id, ...entryFile(kind, { ...request, id, title }) };
}

/** A module goes last in its course's folder, its file name led by its number as the existing ones are. */
function planModule(title: string, request: NewEntryRequest, existing: readonly ExistingEntry[]): Planned {
  const place = modulePlace(request.course, existing);
  if ('problem' in place) return place;
  const id = idFromTitle(title);
  const problem = newIdProblem(title, id, 'module', taken(request, existing, 'modules'));
  if (problem) return { problem };
  const path = `${place.folder}${String(place.order).padStart(2, '0')}-${id}.mdx`;
  return { id, path, text: moduleDraft({ id, title, course: place.course, order: place.order }) };
}

/** The ids a new entry of one collection must not take, each with its file as the trainer would find it. */
const taken = (request: NewEntryRequest, existing: readonly ExistingEntry[], collection: CollectionName) =>
  entriesOf(existing, collection).map(({ id, path }) => ({ id, path: posix.join(request.contentFolder, path) }));
