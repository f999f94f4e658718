// The peer benchmark's corpus (issue 20): N seeded lessons of about 900 words, with headings, a callout,
// bold text and links, written twice, as Starlight docs and as Triangulate courses of 50 modules, so the
// two build the same text. The same algorithm and seed as ../shared/peer-bench/gen-both.mjs, from which it
// is taken, so numbers from either match.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SYLLABLES = [
  'ka',
  'to',
  'ri',
  'sa',
  'mo',
  'len',
  'pra',
  'chi',
  've',
  'dan',
  'sor',
  'mi',
  'tel',
  'qua',
  'bo',
  'ne',
  'fir',
  'gu',
  'ha',
  'zel',
];
const VOCABULARY_SIZE = 20_000;
const LESSONS_PER_COURSE = 50;

/** Writes `lessons` lessons into a Starlight site at `starlight` and a Triangulate content folder at `content`. */
export function generateLessons(lessons: number, starlight: string, content: string): { courses: number } {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const vocabulary: string[] = [];
  for (let i = 0; i < VOCABULARY_SIZE; i++) {
    let word = '';
    let k = i;
    do {
      word += SYLLABLES[k % SYLLABLES.length];
      k = Math.floor(k / SYLLABLES.length);
    } while (k > 0);
    vocabulary.push(word);
  }
  // Zipf's law: the i-th word is used in proportion to 1/i, as words are in prose.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 1; i <= VOCABULARY_SIZE; i++) cumulative.push((total += 1 / i));
  const pick = () => {
    const r = random() * total;
    let [low, high] = [0, VOCABULARY_SIZE - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < r) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]!;
  };
  const sentence = (words: number) => {
    const chosen = Array.from({ length: words }, pick);
    chosen[0] = chosen[0]![0]!.toUpperCase() + chosen[0]!.slice(1);
    return `${chosen.join(' ')}.`;
  };
  const courseOf = (lesson: number) => `c${String(Math.floor(lesson / LESSONS_PER_COURSE)).padStart(3, '0')}`;

  rmSync(join(starlight, 'src/content/docs'), { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
  for (const folder of ['courses', 'cases', 'talks', 'resources', 'glossary'])
    mkdirSync(join(content, folder), { recursive: true });
  const courses = new Set<string>();
  for (let p = 0; p < lessons; p++) {
    const title = sentence(3).slice(0, -1);
    const description = sentence(10);
    const starlightLink = `/m${String(((p + 1) % lessons) % LESSONS_PER_COURSE).padStart(2, '0')}/l${(p + 1) % lessons}/`;
    const triangulateLink = `/courses/${courseOf((p + 1) % lessons)}/lesson-${(p + 1) % lessons}/`;
    let body = '';
    let words = 0;
    let sections = 0;
    while (words < 900) {
      if (words % 200 === 0) {
        body += `## ${sentence(4).slice(0, -1)}\n\n`;
        sections++;
        if (sections === 2) body += `<Callout type="note">${sentence(12)}</Callout>\n\n`;
      }
      const n = 8 + Math.floor(random() * 14);
      body += `${sentence(n)} **${pick()}** ${sentence(n)} [link](LINK)\n\n`;
      words += 2 * n + 1;
    }
    const docs = join(starlight, 'src/content/docs', `m${String(p % LESSONS_PER_COURSE).padStart(2, '0')}`);
    mkdirSync(docs, { recursive: true });
    writeFileSync(
      join(docs, `l${p}.mdx`),
      `---\ntitle: "Lesson ${p}: ${title}"\ndescription: "${description}"\n---\nimport { Aside as Callout } from '@astrojs/starlight/components';\n\n${body.replaceAll('LINK', starlightLink)}`,
    );
    const course = courseOf(p);
    const folder = join(content, 'courses', course);
    mkdirSync(folder, { recursive: true });
    if (!courses.has(course)) {
      courses.add(course);
      writeFileSync(
        join(folder, 'course.yaml'),
        `id: ${course}\ntitle: Course ${course}\nsummary: Generated course ${course}.\naudience: [Social workers]\nlevel: introductory\noutcomes: [Explain the generated material]\ncpdMinutes: 10\ntags: [generated]\n`,
      );
    }
    writeFileSync(
      join(folder, `l${p}.mdx`),
      `---\nid: lesson-${p}\ncourse: ${course}\norder: ${(p % LESSONS_PER_COURSE) + 1}\ntitle: "Lesson ${p}: ${title}"\nsummary: "${description}"\nminutes: 20\nobjectives: ["Explain lesson ${p}"]\ntags: [generated]\n---\n\n${body.replaceAll('LINK', triangulateLink)}`,
    );
  }
  writeFileSync(
    join(starlight, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  return { courses: courses.size };
}
