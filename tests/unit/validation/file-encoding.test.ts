import { expect, it } from 'vitest';
import { decodeContentFile } from '../../../src/validation/file-encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

it.each([
  ['UTF-8', utf8('title: Café’s day\n'), 'title: Café’s day\n'],
  ['UTF-8 with a byte-order mark, which is dropped', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('id: a\n')), 'id: a\n'],
])('reads %s', (_, bytes, text) => {
  expect(decodeContentFile(bytes)).toEqual({ text });
});

it.each([
  ['UTF-16 with its mark', Uint8Array.of(0xff, 0xfe, ...Buffer.from('id: a\n', 'utf16le')), /UTF-16/],
  ['UTF-16 without a mark', Uint8Array.from(Buffer.from('id: a\n', 'utf16le')), /UTF-16/],
  ['Windows-1252', Uint8Array.from(Buffer.from('id: a\ntitle: Workers\x92 day\n', 'latin1')), /line 2/],
])('refuses %s, still reading its id', (_, bytes, refusal) => {
  const decoded = decodeContentFile(bytes);
  expect(decoded.refusal).toMatch(refusal);
  expect(decoded.text).toContain('id: a');
});
