import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chunkRangesOf,
  closeChunkGaps,
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
  });
});

describe('closeChunkGaps', () => {
  it('ends each range where the next begins, so the last word of a chunk is inside it', () => {
    const chunks: ChunkRange[] = [
      ['0', 'a', 'h1'],
      ['ab', 'actio', 'h2'], // its last word is "action", which sorts after "actio"
      ['activ', 'the', 'h3'],
      ['thei', 'zone', 'h4'],
    ];
    expect(closeChunkGaps(chunks)).toBe(3);
    expect(chunks).toEqual([
      ['0', 'ab', 'h1'],
      ['ab', 'activ', 'h2'],
      ['activ', 'thei', 'h3'],
      ['thei', 'zone', 'h4'],
    ]);
    expect(closeChunkGaps(chunks)).toBe(0);
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
      ['a', 'activ', 'h1'],
      ['activ', 'z', 'h2'],
    ]);
  });

  it.each([
    ['another Pagefind version', bundleWith(metaWith([['a', 'b', 'h']]), '1.7.0'), /Pagefind 1\.7\.0/],
    // The integer 5 written in two bytes: Pagefind would not, so the file is not what the codec expects.
    ['a file that would not read back byte for byte', bundleWith(Uint8Array.of(0x18, 0x05)), /read back/],
    ['a file laid out differently', bundleWith(encodeCbor(['1.6.0', [], 'chunks'])), /laid out/],
    ['a file that is not CBOR it knows', bundleWith(Uint8Array.of(0x40)), /could not be read/],
  ])('leaves %s as it was, and says why', (_, bundle, reason) => {
    const before = filesOf(bundle);
    const [result] = repairChunkRanges(bundle);
    expect(result).toEqual({ skipped: expect.stringMatching(reason) as string });
    expect(filesOf(bundle)).toEqual(before);
  });
});
