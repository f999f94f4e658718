import { basename, extname, sep } from 'node:path';
import type { ContentFile } from './validate-content.ts';

/** Files a content folder may hold beside its entries: images for modules, captions for talks. */
const ASSETS = /\.(?:png|jpe?g|webp|avif|gif|svg|vtt)$/i;
/** Files an operating system leaves behind, which no one means as content. */
const SYSTEM_FILES = /^(?:\..*|Thumbs\.db|desktop\.ini)$/i;
const DOCUMENTS = /\.(?:docx?|odt|rtf|pages|pdf)$/i;

/** Which files each folder reads, for messages. */
const READS: Record<string, string> = {
  courses: 'a course’s details in `course.yaml` and each module in a `.mdx` file',
  cases: '`.yaml` files',
  talks: '`.mdx` files, with their `.vtt` captions',
  resources: '`.yaml` files',
  glossary: '`.yaml` files',
};

type Stray = Pick<ContentFile, 'collection' | 'format' | 'refusal'>;

/**
 * What to tell the trainer about a file in a content folder that the site does not read (a path from
 * the content root, for a file no collection's pattern matched), or undefined when it needs no word: an
 * image, captions, a file the system made. A file that is plainly a misnamed entry (`.yml`, `.md`)
 * keeps its collection, so its id still counts and links to it are not reported as well.
 */
export function strayFile(path: string): Stray | undefined {
  const name = basename(path);
  if (SYSTEM_FILES.test(name) || ASSETS.test(name)) return undefined;
  const [folder = '', ...rest] = path.split(sep);
  const stem = name.slice(0, name.length - extname(name).length);
  if (rest.length === 0) {
    // At the top of the content folder only the settings files are read; anything else is the organisation's own.
    if (name === 'site.yml') return { collection: 'site', format: 'yaml', refusal: renameTo('site.yaml') };
    if (name === 'search.yml') return { collection: 'search', format: 'yaml', refusal: renameTo('search.yaml') };
    return undefined;
  }
  const rename = (to: string) => `Rename it to \`${to}\`: the site reads only files ending in ${extname(to)} here.`;
  if (/\.ya?ml$/i.test(name)) {
    if (folder === 'courses') {
      return stem === 'course'
        ? { collection: 'courses', format: 'yaml', refusal: rename('course.yaml') }
        : other(
            `In a course’s folder the site reads ${READS['courses']}: rename this file, or move it out of the content folder.`,
          );
    }
    if (folder === 'cases' || folder === 'resources' || folder === 'glossary') {
      return { collection: folder, format: 'yaml', refusal: rename(`${stem}.yaml`) };
    }
  }
  if (/\.(?:md|markdown)$/i.test(name) && (folder === 'courses' || folder === 'talks')) {
    return { collection: folder === 'courses' ? 'modules' : 'talks', format: 'mdx', refusal: rename(`${stem}.mdx`) };
  }
  if (DOCUMENTS.test(name)) {
    return other(
      'The site cannot read documents. Start the page with `npm run new`, copy the text into it, and keep the document outside the content folder.',
    );
  }
  return other(
    `The site does not read this file: in \`${folder}/\` it reads ${READS[folder] ?? '`.yaml` files'}. Rename it or move it out of the content folder.`,
  );
}

const renameTo = (name: string) => `Rename it to \`${name}\`: the site reads only that name.`;
const other = (refusal: string): Stray => ({ collection: 'other', format: 'yaml', refusal });
