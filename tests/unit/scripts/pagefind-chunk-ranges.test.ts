import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chunkRangesOf,
  coverLastWords,
  decodeCbor,
  encodeCbor,
  readPagefindFile,
  repairChunkRanges,
  type ChunkRange,
} from '../../../scripts/pagefind-chunk-ranges.ts';

describe('the CBOR codec', () => {
  it.each([
    0,
    23,
    24,
    255,
    256,
    65_535,
    65_536,
    4_294_967_295,
    -1,
    -24,
    -25,
    -1000,
    '',
    'action',
    'café ‿ 日本',
    true,
    false,
    null,
    [],
    [1, 'two', [3, [4]]],
    new Map<string | number, unknown>([
      ['title', 5],
      [2, ['x']],
    ]),
  ])('reads back %j as it wrote it', (value) => {
    const bytes = encodeCbor(value as never);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
  });

  it('refuses what it does not know rather than guessing', () => {
    expect(() => decodeCbor(Uint8Array.of(0x40))).toThrow(/unexpected item/); // a byte string
    expect(() => decodeCbor(Uint8Array.of(0x01, 0x02))).toThrow(/after the item/);
    expect(() => encodeCbor(1.5)).toThrow(/whole number/);
    expect(() => encodeCbor(2 ** 32)).toThrow(/too large/);
  });

  it('counts a text by its UTF-8 bytes, not its characters', () => {
    const text = 'é'.repeat(13); // 13 characters, 26 bytes: a length of 24 or more takes a second byte
    expect([...encodeCbor(text).subarray(0, 2)]).toEqual([0x78, 26]);
    expect(decodeCbor(encodeCbor(text))).toBe(text);
  });
});

const HIGHEST = String.fromCodePoint(0x10ffff);

describe('coverLastWords', () => {
  it("extends each shortened end to hold the chunk's last word, short of the next chunk", () => {
    const chunks: ChunkRange[] = [
      ['0', 'a', 'h1'], // ends with "a", and the next chunk begins with "ab": left as it is
      ['ab', 'actio', 'h2'], // its last word is "action", which sorts after "actio"
      ['activ', 'the', 'h3'], // ends with "the" itself, and the next begins with "thei"
      ['thei', 'zone', 'h4'], // the last chunk: nothing after it to tell apart
    ];
    expect(coverLastWords(chunks)).toBe(1);
    expect(chunks).toEqual([
      ['0', 'a', 'h1'],
      ['ab', `actio${HIGHEST}`, 'h2'],
      ['activ', 'the', 'h3'],
      ['thei', 'zone', 'h4'],
    ]);
    expect(coverLastWords(chunks)).toBe(0);
  });

  it('compares as Pagefind does, by UTF-8 bytes', () => {
    // In UTF-16 "\u{1F600}" sorts before "\uFFFD"; in UTF-8, as in Pagefind's Rust, after it.
    const chunks: ChunkRange[] = [
      ['a', 'b\uFFFD', 'h1'],
      ['b\u{1F600}', 'c', 'h2'],
    ];
    expect(coverLastWords(chunks)).toBe(1);
    expect(chunks[0]![1]).toBe(`b\uFFFD${HIGHEST}`);
  });
});

/** A bundle folder holding only what the repair reads: the entry file and one metadata file. */
function bundleWith(meta: Uint8Array, version = '1.6.0') {
  const bundle = mkdtempSync(join(tmpdir(), 'pagefind-'));
  writeFileSync(
    join(bundle, 'pagefind-entry.json'),
    JSON.stringify({ version, languages: { 'en-gb': { hash: 'en-gb_0000000000000', wasm: 'en-gb' } } }),
  );
  writeFileSync(
    join(bundle, 'pagefind.en-gb_0000000000000.pf_meta'),
    gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), meta])),
  );
  return bundle;
}
const metaWith = (chunks: ChunkRange[]) => encodeCbor(['1.6.0', [['en-gb_1', 100, '']], chunks, [], [], ['title']]);
const filesOf = (bundle: string) =>
  Object.fromEntries(readdirSync(bundle).map((f) => [f, readFileSync(join(bundle, f))]));

describe('repairChunkRanges', () => {
  it('writes the repaired metadata under a new name and points the entry file at it', () => {
    const bundle = bundleWith(
      metaWith([
        ['a', 'actio', 'h1'],
        ['activ', 'z', 'h2'],
      ]),
    );
    expect(repairChunkRanges(bundle)).toEqual([{ language: 'en-gb', chunks: 2, repaired: 1 }]);
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string }>;
    };
    const { hash, wasm } = entry.languages['en-gb']!;
    expect(wasm).toBe('en-gb');
    expect(readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${hash}.pf_meta`]);
    expect(chunkRangesOf(readPagefindFile(join(bundle, `pagefind.${hash}.pf_meta`)).value)).toEqual([
      ['a', `actio${HIGHEST}`, 'h1'],
      ['activ', 'z', 'h2'],
    ]);
  });

  it.each([
    ['another Pagefind version', bundleWith(metaWith([['a', 'b', 'h']]), '1.7.0'), /Pagefind 1\.7\.0/],
    // The integer 5 written in two bytes: Pagefind would not, so the file is not what the codec expects.
    ['a file that would not read back byte for byte', bundleWith(Uint8Array.of(0x18, 0x05)), /read back/],
    ['a file laid out differently', bundleWith(encodeCbor(['1.6.0', [], 'chunks'])), /laid out/],
    ['a file that is not CBOR it knows', bundleWith(Uint8Array.of(0x40)), /could not be read/],
    ['a bundle without its entry file', mkdtempSync(join(tmpdir(), 'pagefind-')), /could not be read/],
  ])('leaves %s as it was, and says why', (_, bundle, reason) => {
    const before = filesOf(bundle);
    const [result] = repairChunkRanges(bundle);
    expect(result).toEqual({ skipped: expect.stringMatching(reason) as string });
    expect(filesOf(bundle)).toEqual(before);
  });
});
