import GithubSlugger from 'github-slugger';
import type { Cue } from './webvtt.ts';

/** A passage of the transcript: one caption cue, with an id a link can point at. */
export interface Passage {
  id: string;
  start: number;
  end: number;
  text: string;
  /** The speaker's name, shown when the speaker changes. */
  voice?: string | undefined;
}

/** A chapter of the transcript: its heading (with an id, for links and search results) and paragraphs. */
export interface TranscriptSection {
  /** Undefined for any words before the first chapter. */
  heading?: { id: string; title: string; start: number };
  paragraphs: Passage[][];
}

export interface ChapterMark {
  time: number;
  title: string;
}

/**
 * Builds the transcript from the captions: the same words in the same order, so the two can never
 * disagree. A chapter starts a new section at the first cue from its time; a `NOTE` block in the
 * captions, or a change of speaker, starts a new paragraph. `reservedIds` are ids already on the page.
 */
export function buildTranscript(
  cues: readonly Cue[],
  chapters: readonly ChapterMark[],
  reservedIds: readonly string[] = [],
): TranscriptSection[] {
  const slugger = new GithubSlugger();
  for (const id of reservedIds) slugger.slug(id);
  const sections: TranscriptSection[] = [];
  let nextChapter = 0;
  let section: TranscriptSection | undefined;
  let paragraph: Passage[] = [];
  cues.forEach((cue, index) => {
    const passage: Passage = { id: `passage-${index + 1}`, start: cue.start, end: cue.end, text: cue.text };
    if (cue.voice) passage.voice = cue.voice;
    let startsChapter = false;
    while (nextChapter < chapters.length && (chapters[nextChapter]?.time ?? Infinity) <= cue.start + 0.001) {
      const chapter = chapters[nextChapter]!;
      section = {
        heading: { id: slugger.slug(chapter.title), title: chapter.title, start: cue.start },
        paragraphs: [],
      };
      sections.push(section);
      nextChapter += 1;
      startsChapter = true;
    }
    if (!section) {
      section = { paragraphs: [] };
      sections.push(section);
      startsChapter = true;
    }
    const previous = paragraph.at(-1);
    if (startsChapter || cue.newParagraph || (previous && previous.voice !== passage.voice)) {
      paragraph = [];
      section.paragraphs.push(paragraph);
    }
    paragraph.push(passage);
  });
  return sections;
}
