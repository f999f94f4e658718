// Imports of other chunks, written by the bundler as relative or absolute paths in any of JavaScript's
// three quotes (the minifier writes dynamic imports with backticks). The group tells a dynamic import.
const ANY_IMPORT = /(?:import|from)\s*(\()?\s*["'`]([^"'`]+\.js)["'`]/g;

/**
 * The chunks a built script imports, statically or when something happens (`dynamic`), as paths from the
 * same root as `path` (`/_astro/a.js` imports `./b.js`: `/_astro/b.js`).
 */
export function importsOf(code: string, path: string): { path: string; dynamic: boolean }[] {
  return [...code.matchAll(ANY_IMPORT)].flatMap(([, call, spec]) =>
    spec ? [{ path: new URL(spec, `http://site${path}`).pathname, dynamic: call === '(' }] : [],
  );
}
