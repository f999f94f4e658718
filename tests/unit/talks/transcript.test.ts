import { describe, expect, it } from 'vitest';
import { buildTranscript } from '../../../src/talks/transcript.ts';
import type { Cue } from '../../../src/talks/webvtt.ts';

const cue = (start: number, text: string, extra: Partial<Cue> = {}): Cue => ({
  start,
  end: start + 1,
  text,
  newParagraph: false,
  line: 0,
  ...extra,
});

/** The transcript as short text: `# Heading (id @start)` and one line per paragraph of passage ids. */
function outline(sections: ReturnType<typeof buildTranscript>): string[] {
  return sections.flatMap((s) => [
    ...(s.heading ? [`# ${s.heading.title} (${s.heading.id} @${s.heading.start})`] : []),
    ...s.paragraphs.map((p) => p.map((passage) => `${passage.id}:${passage.text}`).join(' ')),
  ]);
}

describe('buildTranscript', () => {
  it('keeps every caption, in order, as one passage, so transcript and captions say the same', () => {
    const cues = [cue(0, 'A.'), cue(2, 'B.'), cue(4, 'C.')];
    const words = buildTranscript(cues, []).flatMap((s) => s.paragraphs.flat().map((p) => p.text));
    expect(words).toEqual(['A.', 'B.', 'C.']);
  });

  it.each([
    {
      name: 'chapters start sections at the first caption from their time',
      cues: [cue(0, 'A.'), cue(2, 'B.'), cue(5, 'C.')],
      chapters: [
        { time: 0, title: 'Start' },
        { time: 5, title: 'Then' },
      ],
      expected: ['# Start (start @0)', 'passage-1:A. passage-2:B.', '# Then (then @5)', 'passage-3:C.'],
    },
    {
      name: 'words before the first chapter come first, without a heading',
      cues: [cue(0, 'A.'), cue(3, 'B.')],
      chapters: [{ time: 3, title: 'Later' }],
      expected: ['passage-1:A.', '# Later (later @3)', 'passage-2:B.'],
    },
    {
      name: 'a NOTE before a caption starts a new paragraph',
      cues: [cue(0, 'A.'), cue(2, 'B.', { newParagraph: true }), cue(4, 'C.')],
      chapters: [],
      expected: ['passage-1:A.', 'passage-2:B. passage-3:C.'],
    },
    {
      name: 'a change of speaker starts a new paragraph',
      cues: [cue(0, 'Hi.', { voice: 'Sam' }), cue(2, 'Hello.', { voice: 'Alex' }), cue(4, 'So.', { voice: 'Alex' })],
      chapters: [],
      expected: ['passage-1:Hi.', 'passage-2:Hello. passage-3:So.'],
    },
    {
      name: 'a chapter title that repeats a page id, or another chapter, gets an id of its own',
      cues: [cue(0, 'A.'), cue(2, 'B.'), cue(4, 'C.')],
      chapters: [
        { time: 0, title: 'Transcript' },
        { time: 2, title: 'Why' },
        { time: 4, title: 'Why' },
      ],
      expected: [
        '# Transcript (transcript-1 @0)',
        'passage-1:A.',
        '# Why (why @2)',
        'passage-2:B.',
        '# Why (why-1 @4)',
        'passage-3:C.',
      ],
    },
  ])('$name', ({ cues, chapters, expected }) => {
    expect(outline(buildTranscript(cues, chapters, ['transcript']))).toEqual(expected);
  });
});
