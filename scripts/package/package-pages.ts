// Turns the built site's pages into a course package's: every address inside the package made relative
// to the page and naming its file, since an LMS serves a package from an address of its own choosing and
// often serves files only, never a folder's index; offline features left out; and a `<meta>` telling the
// page's scripts where the package's root is (src/utils/package-root.ts), for the addresses they build.
import { dirname, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { PACKAGE_ROOT_META, packagedFile } from '../../src/utils/package-root.ts';
import { STORE_META } from '../../src/xapi/store-meta.ts';

/** The attributes that hold an address, as the built pages write them. */
const ADDRESS_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'poster',
  'data-case-src',
  'component-url',
  'renderer-url',
  'before-hydration-url',
];
/**
 * What a package leaves out: saving for offline use and the list of saved courses, the web app's manifest,
 * and the open site's learning record store (in a package the LMS records).
 */
const LEFT_OUT = ['[data-offline-only]', 'link[rel="manifest"]', `meta[name="${STORE_META}"]`];

/** The file an address of the built site names, from the site's root, and what follows it (`?t=1:00#part`). */
export function fileOf(address: string, base: string): { file: string; rest: string } | undefined {
  if (!address.startsWith(base) || address.startsWith('//')) return undefined;
  return packagedFile(address.slice(base.length));
}

export interface PackagePageOptions {
  /** The folder the site was built for (`/`, `/learning/`). */
  base: string;
  /** The files in the package, from its root. */
  files: ReadonlySet<string>;
  /** Where the public site is (`SITE_URL`), for links to its pages outside the package; none: they become text. */
  publicSite: string | undefined;
}

/** A built page (at `file`, from the package's root) as the package holds it. */
export function packagePage(html: string, file: string, { base, files, publicSite }: PackagePageOptions): string {
  const root = parse(html, { comment: true });
  for (const selector of LEFT_OUT) for (const element of root.querySelectorAll(selector)) element.remove();
  const folder = dirname(file);
  for (const attribute of ADDRESS_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      const target = fileOf(element.getAttribute(attribute) ?? '', base);
      if (!target) continue;
      if (files.has(target.file)) {
        element.setAttribute(attribute, `${posix.relative(folder, target.file) || '.'}${target.rest}`);
      } else if (publicSite !== undefined) {
        element.setAttribute(
          attribute,
          new URL(`${base}${target.file.replace(/index\.html$/, '')}${target.rest}`, publicSite).href,
        );
      } else if (element.tagName === 'FORM') {
        // The header's search: the package has no search of its own, and nowhere to send the words.
        element.remove();
      } else {
        // A link to a page that is not in the package, and no public site to send the learner to: its words stay.
        element.removeAttribute(attribute);
      }
    }
  }
  const toRoot = posix.relative(folder, '.') || '.';
  root
    .querySelector('head')
    ?.insertAdjacentHTML('beforeend', `<meta name="${PACKAGE_ROOT_META}" content="${toRoot}/">`);
  return root.toString();
}
