import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../src/utils/image-size.ts';

const svg = (attributes: string) =>
  new TextEncoder().encode(
    `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><rect/></svg>`,
  );

/** The first 24 bytes of a PNG: its signature and the start of its header chunk, with the size in it. */
function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('imageSize', () => {
  it.each([
    ['a PNG', png(480, 160), { format: 'png', width: 480, height: 160 }],
    ['an SVG with a width and height', svg('width="120" height="40"'), { format: 'svg', width: 120, height: 40 }],
    ['an SVG sized in px', svg('width="120px" height="40px"'), { format: 'svg', width: 120, height: 40 }],
    ['an SVG with only a viewBox', svg('viewBox="0 0 240 60"'), { format: 'svg', width: 240, height: 60 }],
    ['an SVG viewBox with commas', svg("viewBox='0,0,240,60'"), { format: 'svg', width: 240, height: 60 }],
    [
      'an SVG with a height and a viewBox',
      svg('height="30" viewBox="0 0 240 60"'),
      { format: 'svg', width: 120, height: 30 },
    ],
    [
      'an SVG sized in % with a viewBox',
      svg('width="100%" viewBox="0 0 50 25"'),
      { format: 'svg', width: 50, height: 25 },
    ],
    ['an SVG with fractions', svg('viewBox="0 0 99.6 33.2"'), { format: 'svg', width: 100, height: 33 }],
  ])('reads %s', (_, bytes, expected) => {
    expect(imageSize(bytes)).toEqual(expected);
  });

  it.each([
    ['an SVG that does not say its size', svg('')],
    ['an SVG sized in em without a viewBox', svg('width="10em" height="2em"')],
    ['an SVG with a width of 0', svg('width="0" height="40"')],
    ['a PNG of no pixels', png(0, 40)],
    ['a PNG cut short', png(10, 10).slice(0, 20)],
    ['text', new TextEncoder().encode('Northfield Safeguarding Partnership')],
    ['nothing', new Uint8Array()],
  ])('reads nothing from %s', (_, bytes) => {
    expect(imageSize(bytes)).toBeUndefined();
  });
});
