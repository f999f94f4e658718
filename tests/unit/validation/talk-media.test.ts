import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/validation/problem.ts';
import { talkMediaProblems, type ProjectFiles } from '../../../src/validation/talk-media.ts';
import type { ValidEntry } from '../../../src/validation/validate-content.ts';

const CAPTIONS = [
  'WEBVTT',
  '',
  '00:00.000 --> 00:04.000',
  'Hello.',
  '',
  '00:10.200 --> 00:15.000',
  'Chapter two.',
  '',
  '00:20.000 --> 00:29.400',
  'The end.',
].join('\n');

const files = (entries: Record<string, string>): ProjectFiles => ({
  read: (path) => entries[path],
  exists: (path) => path in entries,
});
const onDisk = files({ 'content/talks/a.vtt': CAPTIONS, 'public/talks/a.m4a': '' });

function talk(overrides: Record<string, unknown> = {}): ValidEntry<'talks'> {
  return {
    file: 'content/talks/a.mdx',
    components: [],
    headings: [],
    data: {
      id: 'a-talk',
      title: 'A talk',
      speakers: [{ name: 'Triangulate course team' }],
      date: '2026-11-25',
      duration: 30,
      summary: 'A talk.',
      outcomes: ['Listen'],
      relatedModules: [],
      cpdMinutes: 5,
      chapters: [
        { time: 0, title: 'One' },
        { time: 10, title: 'Two' },
      ],
      media: { kind: 'audio', src: '/talks/a.m4a', captions: 'a.vtt' },
      tags: [],
      ...overrides,
    },
  };
}

describe('talkMediaProblems', () => {
  it('finds nothing wrong with a talk whose files exist and agree', () => {
    expect(talkMediaProblems(talk(), onDisk)).toEqual([]);
  });

  it.each([
    [
      'a recording that is not in public/',
      talk({ media: { kind: 'audio', src: '/talks/b.m4a', captions: 'a.vtt' } }),
      'content/talks/a.mdx · media.src · There is no file public/talks/b.m4a: put the recording there, or correct the path.',
    ],
    [
      'a duration shorter than the captions',
      talk({ duration: 25 }),
      'content/talks/a.mdx · duration · The captions run to 0:30, longer than the duration (0:25): write "0:30".',
    ],
    [
      'chapters out of order',
      talk({
        chapters: [
          { time: 10, title: 'Two' },
          { time: 0, title: 'One' },
        ],
      }),
      'content/talks/a.mdx · chapters[1].time · This chapter starts at 0:00, not after the one above it (0:10): list chapters in time order.',
    ],
    [
      'a chapter after the end',
      talk({ chapters: [{ time: 40, title: 'Late' }], media: undefined }),
      'content/talks/a.mdx · chapters[0].time · This chapter starts at 0:40, after the talk ends (0:30): check the time or the duration.',
    ],
    [
      'a chapter between captions',
      talk({ chapters: [{ time: 12, title: 'Two' }] }),
      'content/talks/a.mdx · chapters[0].time · No caption starts at 0:12. A chapter starts where a caption starts: the nearest is "Chapter two." at 0:10, so write "0:10".',
    ],
  ])('reports %s', (_, entry, message) => {
    expect(talkMediaProblems(entry, onDisk).map(formatProblem)).toEqual([message]);
  });

  it('does not look for files for a YouTube or Vimeo video', () => {
    expect(talkMediaProblems(talk({ media: { kind: 'youtube', videoId: 'abc123XYZ_-' } }), files({}))).toEqual([]);
  });
});
