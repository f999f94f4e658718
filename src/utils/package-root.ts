// Kept apart from routes.ts so that the site script, on every page, can ask whether it is in a package
// without taking in every route.

/**
 * The `<meta>` that a course package for an LMS (scripts/package.ts) writes into each of its pages: the
 * way from the page to the package's root (`../../`). An LMS serves a package from an address of its own
 * choosing, and often serves files only, never a folder's index.
 */
export const PACKAGE_ROOT_META = 'triangulate-package-root';

/** The address the package's pages are served under, when this page is in a package. */
export function packageRoot(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const way = document.querySelector<HTMLMetaElement>(`meta[name="${PACKAGE_ROOT_META}"]`)?.content;
  return way === undefined ? undefined : new URL(way, location.href).pathname;
}

/** True on a page of a course package for an LMS, where offline features are off. */
export const inPackage = (): boolean => packageRoot() !== undefined;

/**
 * The file a package holds for an address from the site's root (`courses/x/?t=1` is `courses/x/index.html`
 * and `?t=1`): an LMS serves files, and may not answer a folder with its index.
 */
export function packagedFile(rootRelative: string): { file: string; rest: string } {
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(rootRelative) ?? [];
  return { file: path === '' || path.endsWith('/') ? `${path}index.html` : path, rest };
}
