/** The content check's latest problems, for the preview's pages (see content-guard.ts). */
declare module 'virtual:triangulate/content-problems' {
  export const problems: import('../validation/problem.ts').Problem[];
}
