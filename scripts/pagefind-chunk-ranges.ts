// Repairs the word ranges of Pagefind's index chunks, which Pagefind 1.6.0 writes so that some words
// lie outside their own chunk's range; a query for such a word fetches unrelated chunks, often the
// largest ones.
//
// The metadata file lists each chunk's first and last word, shortened to the fewest letters that
// tell neighbouring chunks apart. The last word is shortened to a prefix of itself: a chunk that
// ends with "action" is listed as ending at "actio", and "action" sorts after "actio". Pagefind's
// search looks up each query word, and its stems, by `from <= word <= to`; a word no range holds
// falls back to a prefix match, which every chunk whose range is a prefix of the word passes.
// "action" then fetched the chunk of "a" and "theory" the chunk of "the": each about 1 MB at 10,000
// modules (measured with `npm run bench:search`), where the word's own chunk is 20 KB.
//
// The repair extends a shortened end with the highest character there is, so the range holds every
// word that starts with it, the chunk's last word among them. It still ends before the next chunk's
// first word, which differs from the shortened end at its last letter, so ranges do not overlap and
// each indexed word (the index holds stems) is in exactly one. The file is read and written with a
// small CBOR codec of the types Pagefind uses; if it does not read back byte for byte, or is not laid
// out as 1.6.0 lays it out, the index is left as Pagefind wrote it (search works, it fetches more).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = Buffer.from('pagefind_dcd');

type Cbor = number | string | boolean | null | Cbor[] | Map<Cbor, Cbor>;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const toUtf8 = new TextEncoder();

/** Reads one CBOR item of the kinds Pagefind writes: integers, text, arrays, maps, true, false, null. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    if (size > 3) throw new Error(`CBOR: length form ${info} at byte ${at}`);
    const value =
      size === 0
        ? view.getUint8(at)
        : size === 1
          ? view.getUint16(at)
          : size === 2
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += 2 ** size;
    return value;
  };
  const item = (): Cbor => {
    const head = view.getUint8(at++);
    const [major, info] = [head >> 5, head & 31];
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 3: {
        const size = length(info);
        const text = utf8.decode(bytes.subarray(at, at + size));
        at += size;
        return text;
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let n = length(info); n > 0; n--) map.set(item(), item());
        return map;
      }
      case 7:
        if (info === 20 || info === 21) return info === 21;
        if (info === 22) return null;
    }
    throw new Error(`CBOR: unexpected item ${head} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the item`);
  return value;
}

/** Writes CBOR in its shortest form, as Pagefind's encoder does. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 2 ** 8) out.push((major << 5) | 24, n);
    else if (n < 2 ** 16) out.push((major << 5) | 25, n >> 8, n & 255);
    else if (n < 2 ** 32) out.push((major << 5) | 26, ...[24, 16, 8, 0].map((s) => (n >>> s) & 255));
    else throw new Error(`CBOR: ${n} is too large`);
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number' && !Number.isInteger(v)) throw new Error(`CBOR: ${v} is not a whole number`);
    if (typeof v === 'number') head(v < 0 ? 1 : 0, v < 0 ? -1 - v : v);
    else if (typeof v === 'string') {
      const bytes = toUtf8.encode(v);
      head(3, bytes.length);
      out.push(...bytes);
    } else if (typeof v === 'boolean') out.push(v ? 0xf5 : 0xf4);
    else if (v === null) out.push(0xf6);
    else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else {
      head(5, v.size);
      for (const [key, entry] of v) {
        item(key);
        item(entry);
      }
    }
  };
  item(value);
  return Uint8Array.from(out);
}

/** What one of Pagefind's files holds: they are gzipped and start with a signature. */
export function readPagefindBody(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file} has no Pagefind signature`);
  return raw.subarray(SIGNATURE.length);
}

/** The CBOR held by one of Pagefind's index files (metadata, chunks, filters). */
export function readPagefindFile(file: string): { body: Buffer; value: Cbor } {
  const body = readPagefindBody(file);
  return { body, value: decodeCbor(body) };
}

export type ChunkRange = [from: string, to: string, hash: string];
const isChunkRange = (v: Cbor): v is ChunkRange =>
  Array.isArray(v) && v.length === 3 && v.every((part) => typeof part === 'string');

/** The index chunks listed in a metadata file: MetaIndex is [version, pages, index_chunks, filters, sorts, meta_fields]. */
export function chunkRangesOf(meta: Cbor): ChunkRange[] | undefined {
  const chunks = Array.isArray(meta) && meta.length === 6 ? meta[2] : undefined;
  return Array.isArray(chunks) && chunks.every(isChunkRange) ? chunks : undefined;
}

/** Higher than any character: U+10FFFF. */
const HIGHEST = String.fromCodePoint(0x10ffff);
/** Pagefind compares words as Rust compares strings: by their UTF-8 bytes. */
const before = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b)) < 0;

/**
 * Extends each shortened range end so that it holds the chunk's last word, without reaching the next
 * chunk. `chunks` are in word order, as Pagefind lists them. Returns how many ranges changed.
 */
export function coverLastWords(chunks: ChunkRange[]): number {
  let changed = 0;
  for (let i = 0; i + 1 < chunks.length; i++) {
    const chunk = chunks[i]!;
    const extended = chunk[1] + HIGHEST;
    // An end already extended, or one that is the whole last word and a prefix of the next chunk's
    // first ("the" before "thei"), is left as it is.
    if (chunk[1].endsWith(HIGHEST) || !before(extended, chunks[i + 1]![0])) continue;
    chunk[1] = extended;
    changed++;
  }
  return changed;
}

export type RepairResult = { language: string; chunks: number; repaired: number } | { skipped: string };

/** Repairs the chunk ranges of every language in a Pagefind bundle folder (e.g. dist/pagefind). */
export function repairChunkRanges(bundle: string): RepairResult[] {
  const entryFile = join(bundle, 'pagefind-entry.json');
  let entry: { version: string; languages: Record<string, { hash: string }> };
  try {
    entry = JSON.parse(readFileSync(entryFile, 'utf8')) as typeof entry;
  } catch (error) {
    return [{ skipped: `${entryFile} could not be read: ${(error as Error).message}` }];
  }
  if (entry.version !== '1.6.0') return [{ skipped: `Pagefind ${entry.version}, not 1.6.0` }];
  const replaced: string[] = [];
  const results = Object.entries(entry.languages).map(([language, info]): RepairResult => {
    const file = join(bundle, `pagefind.${info.hash}.pf_meta`);
    let body: Buffer;
    let meta: Cbor;
    try {
      ({ body, value: meta } = readPagefindFile(file));
      if (!Buffer.from(encodeCbor(meta)).equals(body)) return { skipped: `${file} does not read back as written` };
    } catch (error) {
      return { skipped: `${file} could not be read: ${(error as Error).message}` };
    }
    const chunks = chunkRangesOf(meta);
    if (!chunks) return { skipped: `${file} is not laid out as Pagefind 1.6.0 lays it out` };
    const repaired = coverLastWords(chunks);
    if (repaired > 0) {
      const bytes = gzipSync(Buffer.concat([SIGNATURE, encodeCbor(meta)]));
      // A new name, so a browser holding the old file in its cache fetches the repaired one.
      const hash = `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 13)}`;
      writeFileSync(join(bundle, `pagefind.${hash}.pf_meta`), bytes);
      replaced.push(file);
      info.hash = hash;
    }
    return { language, chunks: chunks.length, repaired };
  });
  // The entry file points at the new files before the old ones go, so no step leaves it dangling.
  if (replaced.length > 0) writeFileSync(entryFile, JSON.stringify(entry));
  for (const file of replaced) rmSync(file);
  return results;
}
