// Seeded filler prose for the benchmark catalogue. It reads as nonsense on purpose (it is never
// published), but it uses words as the real modules do, because a full-text index's size and what a
// query fetches depend on how often each word is used and on how many pages hold it.
//
// Body text is drawn from the word use of the real course modules in content/: each word at the rate
// the real modules use it. Real modules share a core (the, child, family, assessment are in every
// one), while most words, the field's terms among them, are in some modules only ("triangulation" is
// in a third of the 15, "heuristic" in one). So each course takes a word the way a real module does:
// a word in a third of the real modules is in about a third of the courses, at its real rate there.
// An earlier generator drew from a list of about 400 words: each was on far more pages, far more
// often, than in real text, which made the index look denser than real content's.
//
// Titles, tags and table cells are short phrases built from the field's vocabulary below.

import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same catalogue on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordsOf = (list: string) => list.trim().split(/\s*\n\s*|\s*,\s*/);

const NOUNS = wordsOf(`
  assessment, child, family, parent, carer, practitioner, social worker, health visitor, referral, chronology,
  plan, threshold, risk, harm, neglect, evidence, hypothesis, judgement, supervision, conference, school,
  nursery, household, visit, concern, strength, need, outcome, decision, view, account, record, analysis,
  agency, partner, relative, grandparent, teacher, school nurse, midwife, interpreter, sibling, baby, toddler,
  teenager, routine, attendance, injury, feeling, wish, review, meeting, report, case, team, manager,
  timescale, pattern, change, history, safety, protection, wellbeing, development, health, education,
  parenting capacity, lived experience, daily life, bedroom, kitchen, breakfast, bedtime, weekend, holiday,
  doctor, appointment, letter, phone call, message, strategy discussion, core group, safety plan, network,
  neighbour, friend, youth worker, probation officer, police officer, housing officer, landlord, debt,
  tenancy, benefit, alcohol, drug use, mental health, domestic abuse, exploitation, absence, silence, question,
  answer, observation, drawing, conversation, worry, hope, fear, trust, confidence, uncertainty, bias,
  heuristic, calibration, intuition, rating, scale, range, expert, colleague, reflection, note, summary,
  framework, domain, factor, indicator, sign, signal, pathway, response, service, support, intervention,
  review point, contingency, escalation, disagreement, challenge, curiosity, triangulation, source, fact,
  opinion, inference, judgement call, timeline, episode, incident, period, month, week, morning, evening
`);

const VERBS = wordsOf(`
  shapes, tests, weighs, records, checks, changes, supports, challenges, describes, explains, informs,
  reveals, questions, revisits, reduces, raises, confirms, contradicts, follows, shows, suggests, reaches,
  affects, strengthens, weakens, hides, clarifies, anchors, frames, narrows, widens, prompts, tracks,
  connects, separates, outweighs, undermines, reassures, worries, protects, exposes, sustains, interrupts,
  complicates, documents, summarises, considers, overlooks, notices, hears, misses, balances, escalates
`);

const ADJECTIVES = wordsOf(`
  careful, early, recent, clear, cumulative, significant, protective, vulnerable, consistent, partial,
  reliable, changing, structured, professional, independent, multi-agency, daily, written, spoken, honest,
  respectful, uncertain, confident, cautious, urgent, routine, unexplained, repeated, missing, different,
  shared, separate, current, previous, likely, unlikely, younger, older, quiet, busy, tired, hungry, safe,
  unsafe, stable, unstable, detailed, brief, specific, general, formal, informal, thoughtful, hurried
`);

const PREPOSITIONS = wordsOf(
  'with, about, from, for, within, across, after, before, during, through, against, between',
);
const DETERMINERS = wordsOf('the, a, each, every, this, that, their, our, another, any, one');
/** Phrases that become glossary terms and headings: the field's own vocabulary. */
export const DOMAIN_TERMS = wordsOf(`
  respectful uncertainty, professional curiosity, triangulation, rule of optimism, start again syndrome,
  disguised compliance, cumulative harm, significant harm, parenting capacity, lived experience,
  confirmation bias, anchoring, hindsight bias, availability heuristic, representativeness, overconfidence,
  calibration, cognitive continuum, quasi rationality, dual process theory, analytical reasoning, intuition,
  competing hypotheses, methodical doubt, threshold for action, strategy discussion, section 47 enquiry,
  child in need, child protection conference, chronology, information sharing, supervision, escalation,
  risk trajectory, dynamic risk, wishes and feelings, welfare checklist, was not brought, extra familial harm,
  criminal exploitation, developmental needs, family and environmental factors, graded care profile,
  structured professional judgement, actuarial tool, signs of safety, peer aided judgement, sense making,
  decision making ecology, diagnostic overshadowing, rapid review, serious incident notification
`);

/** Picks from a list with a skew towards its start, so a few words are common and many are rare, as in English. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() ** 1.6 * list.length)]!;
}

/** How the real modules use one word. */
interface WordUse {
  word: string;
  /** Share of the real modules that hold it. */
  moduleShare: number;
  /** Mean number of uses in a real module that holds it. */
  perHolder: number;
}

/** The repository's own modules, whatever TRIANGULATE_CONTENT names: benchmarks build from generated folders. */
const REAL_MODULES = fileURLToPath(new URL('../../content/courses', import.meta.url));

/** The text of a module as a reader sees it, lower-cased: no front matter, imports or tags. */
export const proseOf = (mdx: string) =>
  mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase();

let realWordUse: WordUse[] | undefined;
/** Word use in the real course modules, read once. */
function wordUseOfRealModules(): WordUse[] {
  if (realWordUse) return realWordUse;
  const modules = globSync('**/*.mdx', { cwd: REAL_MODULES }).map((file) =>
    proseOf(readFileSync(join(REAL_MODULES, file), 'utf8')),
  );
  const uses = new Map<string, { holders: number; count: number }>();
  for (const text of modules) {
    const counts = new Map<string, number>();
    for (const word of text.match(/[a-z]+(?:'[a-z]+)?/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) {
      const use = uses.get(word) ?? { holders: 0, count: 0 };
      uses.set(word, { holders: use.holders + 1, count: use.count + count });
    }
  }
  if (uses.size === 0)
    throw new Error(`No words in ${REAL_MODULES}: the generator learns word use from the real modules.`);
  // Sorted, so the same content gives the same text whatever order the files were read in.
  realWordUse = [...uses]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, { holders, count }]) => ({ word, moduleShare: holders / modules.length, perHolder: count / holders }));
  return realWordUse;
}

/** The words a course writes with. */
export interface Topic {
  /** Body-text words, each weighted by how often a module of this course uses it. */
  words: readonly { word: string; weight: number }[];
  /** The nouns its titles and phrases take beyond the core. */
  nouns: readonly string[];
  terms: readonly string[];
}

/** Nouns at the start of the list are the core every module uses; the rest belong to topics. */
const CORE_NOUNS = 16;
const CORE = new Set(NOUNS.slice(0, CORE_NOUNS));
/** The share of the other nouns and of the field's terms that one course's titles take. */
const TOPIC_SHARE = 0.25;

/** Every word at its mean real rate: for text that belongs to no course (resources, glossary definitions). */
export function wholeVocabulary(): Topic {
  return {
    words: wordUseOfRealModules().map((use) => ({ word: use.word, weight: use.moduleShare * use.perHolder })),
    nouns: NOUNS.slice(CORE_NOUNS),
    terms: DOMAIN_TERMS,
  };
}

/** A course's topic: each real word with the chance a real module holds it, and a seeded quarter of the field's terms. */
export function topicOf(random: () => number): Topic {
  const share = <T>(list: readonly T[]) => list.filter(() => random() < TOPIC_SHARE);
  const terms = share(DOMAIN_TERMS);
  return {
    words: wordUseOfRealModules()
      .filter((use) => random() < use.moduleShare)
      .map((use) => ({ word: use.word, weight: use.perHolder })),
    nouns: share(NOUNS.slice(CORE_NOUNS)),
    terms: terms.length > 0 ? terms : DOMAIN_TERMS.slice(0, 1),
  };
}

/** Draws words in proportion to their weights. */
function wordDrawer(words: Topic['words'], random: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (const { weight } of words) cumulative.push((total += weight));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return words[low]!.word;
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Text in one topic from one seeded sequence. */
export interface Writer {
  random: () => number;
  topic: Topic;
  /** One of the topic's terms of the field. */
  term(): string;
  /**
   * One sentence of 5 to 24 words. Real sentences are longer (17 words on average), but generated modules
   * have more of them, and this gives a module about as many words as a real one (about 1,900).
   */
  sentence(): string;
  /** A paragraph of `count` sentences. */
  paragraph(count: number): string;
  /** A short title in sentence case, for headings, modules and talks. */
  title(): string;
  /** A short noun phrase for lists and table cells. */
  phrase(): string;
}

export function writer(random: () => number, topic: Topic = wholeVocabulary()): Writer {
  // Drawn from the whole list, so core words keep their usual frequency; a noun outside the topic is
  // replaced by one of the topic's.
  const topical = new Set(topic.nouns);
  const noun = () => {
    const word = pick(random, NOUNS);
    if (CORE.has(word) || topical.has(word) || topic.nouns.length === 0) return word;
    return topic.nouns[Math.floor(random() * topic.nouns.length)]!;
  };
  const term = () => pick(random, topic.terms);
  const word = wordDrawer(topic.words, random);
  const sentence = () => {
    const words = Array.from({ length: 5 + Math.floor(random() * 20) }, word);
    return `${capitalise(words.join(' '))}.`;
  };
  const titleShapes = [
    () => `${capitalise(term())} and ${noun()}`,
    () => `When ${pick(random, DETERMINERS)} ${noun()} ${pick(random, VERBS)} ${pick(random, DETERMINERS)} ${noun()}`,
    () => `${capitalise(pick(random, ADJECTIVES))} ${noun()} ${pick(random, PREPOSITIONS)} ${noun()}`,
    () => `${capitalise(noun())} in ${term()}`,
  ];
  return {
    random,
    topic,
    term,
    sentence,
    paragraph: (count) => Array.from({ length: count }, sentence).join(' '),
    title: () => titleShapes[Math.floor(random() * titleShapes.length)]!(),
    phrase: () => capitalise(`${pick(random, ADJECTIVES)} ${noun()}`),
  };
}
