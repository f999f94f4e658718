import { describe, expect, it } from 'vitest';
import { embedUrl, watchUrl } from '../../../src/talks/embed-url.ts';

describe('embedUrl', () => {
  it.each([
    ['youtube', 'abc123XYZ_-', 0, 'https://www.youtube-nocookie.com/embed/abc123XYZ_-?autoplay=1'],
    ['youtube', 'abc123XYZ_-', 123.7, 'https://www.youtube-nocookie.com/embed/abc123XYZ_-?autoplay=1&start=123'],
    ['vimeo', '123456789', 0, 'https://player.vimeo.com/video/123456789?autoplay=1&dnt=1'],
    ['vimeo', '123456789', 90, 'https://player.vimeo.com/video/123456789?autoplay=1&dnt=1#t=90s'],
    ['youtube', 'a/../b?x', -5, 'https://www.youtube-nocookie.com/embed/a%2F..%2Fb%3Fx?autoplay=1'],
  ] as const)('%s %s from %f s', (kind, id, start, url) => {
    expect(embedUrl(kind, id, start)).toBe(url);
  });
});

describe('watchUrl', () => {
  it.each([
    ['youtube', 'abc123XYZ_-', 'https://www.youtube.com/watch?v=abc123XYZ_-'],
    ['vimeo', '123456789', 'https://vimeo.com/123456789'],
  ] as const)('%s %s', (kind, id, url) => {
    expect(watchUrl(kind, id)).toBe(url);
  });
});
