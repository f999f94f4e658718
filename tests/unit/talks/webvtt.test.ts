import { describe, expect, it } from 'vitest';
import { formatCueTime, parseCueTime, parseWebVtt, serializeWebVtt } from '../../../src/talks/webvtt.ts';

describe('parseCueTime and formatCueTime', () => {
  it.each([
    ['00:00.000', 0],
    ['00:04.500', 4.5],
    ['01:02.003', 62.003],
    ['59:59.999', 3599.999],
    ['1:00:00.000', 3600],
    ['01:02:03.040', 3723.04],
  ])('reads %s as %f seconds', (text, seconds) => {
    expect(parseCueTime(text)).toBeCloseTo(seconds, 6);
  });

  it.each(['0:04.500', '00:04', '00:04,500', '00:60.000', '4.5', '', '00:04.50'])('rejects %j', (text) => {
    expect(parseCueTime(text)).toBeUndefined();
  });

  it.each([
    [0, '00:00.000'],
    [4.5, '00:04.500'],
    [62.0034, '01:02.003'],
    [3723.04, '01:02:03.040'],
  ])('writes %f seconds as %s', (seconds, text) => {
    expect(formatCueTime(seconds)).toBe(text);
  });
});

const vtt = (...lines: string[]) => lines.join('\n');

describe('parseWebVtt', () => {
  it('reads cues with and without identifiers, voices, markup, entities and paragraph notes', () => {
    const { cues, errors } = parseWebVtt(
      vtt(
        'WEBVTT - a talk',
        '',
        'NOTE written by the course team',
        '',
        'intro',
        '00:00.000 --> 00:02.500 align:start',
        '<v Sam>Hello, <i>and</i> welcome',
        'to the talk &amp; its &lt;captions&gt;.',
        '',
        'NOTE paragraph',
        '',
        '00:03.000 --> 00:05.000',
        'A second paragraph.',
        '',
      ),
    );
    expect(errors).toEqual([]);
    expect(cues).toEqual([
      {
        start: 0,
        end: 2.5,
        text: 'Hello, and welcome to the talk & its <captions>.',
        voice: 'Sam',
        newParagraph: true,
        line: 6,
      },
      { start: 3, end: 5, text: 'A second paragraph.', newParagraph: true, line: 12 },
    ]);
  });

  it('accepts a byte order mark and Windows line endings', () => {
    const { cues, errors } = parseWebVtt('\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHi.\r\n');
    expect(errors).toEqual([]);
    expect(cues.map((c) => c.text)).toEqual(['Hi.']);
  });

  it.each([
    ['no header', vtt('00:01.000 --> 00:02.000', 'Hi.'), 1, 'Start the captions file with the line `WEBVTT`.'],
    ['a comma in a time', vtt('WEBVTT', '', '00:01,000 --> 00:02.000', 'Hi.'), 3, 'no readable timing'],
    ['an arrow typed short', vtt('WEBVTT', '', '00:01.000 -> 00:02.000', 'Hi.'), 3, 'no readable timing'],
    ['an end before the start', vtt('WEBVTT', '', '00:05.000 --> 00:02.000', 'Hi.'), 3, 'ends before it starts'],
    [
      'cues out of order',
      vtt('WEBVTT', '', '00:05.000 --> 00:06.000', 'B.', '', '00:01.000 --> 00:02.000', 'A.'),
      6,
      'starts before the one above it',
    ],
    ['a cue without words', vtt('WEBVTT', '', '00:01.000 --> 00:02.000', '<i></i>'), 3, 'has no words'],
    ['no cues at all', vtt('WEBVTT', '', 'NOTE nothing yet'), 1, 'has no cues'],
  ])('reports %s with its line', (_, source, line, message) => {
    const { errors } = parseWebVtt(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(line);
    expect(errors[0]?.message).toContain(message);
  });

  it('reads back what it writes', () => {
    const cues = [
      { start: 0, end: 1.25, text: 'One & two.', newParagraph: false },
      { start: 1.5, end: 3, text: 'Three <four>.', voice: 'Alex', newParagraph: true },
    ];
    const { cues: read, errors } = parseWebVtt(serializeWebVtt(cues));
    expect(errors).toEqual([]);
    expect(read.map(({ line: _line, ...cue }) => cue)).toEqual(cues);
  });
});
