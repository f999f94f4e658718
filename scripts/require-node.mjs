// Runs before every npm script. Plain JavaScript on purpose: it must parse on any Node, so that an old
// one gets a plain sentence instead of a stack trace from Astro or Vitest.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(
    [
      `Triangulate needs Node 22.12 or newer, but this script is running on Node ${process.versions.node}.`,
      'The project brings its own Node as a dev dependency (the "node" package). It was probably skipped',
      'by an install with --ignore-scripts. Repair it with:',
      '',
      '  npm rebuild node',
      '',
      'or install Node 22.12+ yourself (see .nvmrc).',
    ].join('\n'),
  );
  process.exit(1);
}
