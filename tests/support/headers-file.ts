/** One block of a `_headers` file: a path pattern and the headers sent for what it matches. */
export interface HeadersBlock {
  path: string;
  headers: [name: string, value: string][];
}

/** Reads Netlify's `_headers` format: a path line, then its headers indented below it; `#` starts a comment. */
export function parseHeadersFile(text: string): HeadersBlock[] {
  const blocks: HeadersBlock[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      blocks.push({ path: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    const block = blocks.at(-1);
    if (!header || !block) throw new Error(`Not a header under a path: ${JSON.stringify(line)}`);
    block.headers.push([header[1] ?? '', header[2] ?? '']);
  }
  return blocks;
}

/** A `_headers` path as Netlify matches it: `*` is any characters, `/` included; `:name` is one segment. */
const pattern = (path: string) =>
  new RegExp(
    `^${path
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('')}$`,
  );

/**
 * Every value each header gets for an address, from every block that matches it (hosts send them all,
 * joined by commas), keyed by the header's name in lower case.
 */
export function headersFor(blocks: readonly HeadersBlock[], address: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const block of blocks.filter(({ path }) => pattern(path).test(address)))
    for (const [name, value] of block.headers)
      found.set(name.toLowerCase(), [...(found.get(name.toLowerCase()) ?? []), value]);
  return found;
}
