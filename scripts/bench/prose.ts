// Seeded filler prose for the benchmark catalogue: English-shaped sentences built from a word list of
// child-protection assessment vocabulary. It reads as nonsense on purpose (it is never published),
// but its word lengths and sentence shapes are close to the real modules', so the build does the same
// amount of work per page.
//
// Search costs depend on more than length: on how many pages hold each word. Real modules share a
// core vocabulary (child, family, parent, assessment are on nearly every page), while the field's
// terms each appear in some modules only (in the 15 real modules, "triangulation" is in a third,
// "heuristic" in one). So each course writes from a topic: the core words plus a share of the rest.
// Writing every page from the whole list put every term on almost every page, which made each
// term's part of the full-text index several times larger than real content would.

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

const words = (list: string) => list.trim().split(/\s*\n\s*|\s*,\s*/);

const NOUNS = words(`
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

const VERBS = words(`
  shapes, tests, weighs, records, checks, changes, supports, challenges, describes, explains, informs,
  reveals, questions, revisits, reduces, raises, confirms, contradicts, follows, shows, suggests, reaches,
  affects, strengthens, weakens, hides, clarifies, anchors, frames, narrows, widens, prompts, tracks,
  connects, separates, outweighs, undermines, reassures, worries, protects, exposes, sustains, interrupts,
  complicates, documents, summarises, considers, overlooks, notices, hears, misses, balances, escalates
`);

const ADJECTIVES = words(`
  careful, early, recent, clear, cumulative, significant, protective, vulnerable, consistent, partial,
  reliable, changing, structured, professional, independent, multi-agency, daily, written, spoken, honest,
  respectful, uncertain, confident, cautious, urgent, routine, unexplained, repeated, missing, different,
  shared, separate, current, previous, likely, unlikely, younger, older, quiet, busy, tired, hungry, safe,
  unsafe, stable, unstable, detailed, brief, specific, general, formal, informal, thoughtful, hurried
`);

const PREPOSITIONS = words('with, about, from, for, within, across, after, before, during, through, against, between');
const DETERMINERS = words('the, a, each, every, this, that, their, our, another, any, one');
const CONNECTORS = words('and, but, because, so, while, although, when, unless, until, since');
const OPENERS = words('In practice, Over time, At first, Later, In supervision, On a visit, In the record, Often');

/** Phrases that become glossary terms and headings: the field's own vocabulary. */
export const DOMAIN_TERMS = words(`
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

/** The words a course writes with. */
export interface Topic {
  /** The nouns it takes beyond the core. */
  nouns: readonly string[];
  terms: readonly string[];
}

/** Nouns at the start of the list are the core every module uses; the rest belong to topics. */
const CORE_NOUNS = 16;
const CORE = new Set(NOUNS.slice(0, CORE_NOUNS));
/** The share of the other nouns and of the field's terms that one course's topic takes. */
const TOPIC_SHARE = 0.25;

/** Every word: for text that belongs to no course (resources, glossary definitions). */
export const WHOLE_VOCABULARY: Topic = { nouns: NOUNS.slice(CORE_NOUNS), terms: DOMAIN_TERMS };

/** A course's topic: the core nouns, then a seeded quarter of the other nouns and of the field's terms. */
export function topicOf(random: () => number): Topic {
  const share = <T>(list: readonly T[]) => list.filter(() => random() < TOPIC_SHARE);
  const terms = share(DOMAIN_TERMS);
  return {
    nouns: share(NOUNS.slice(CORE_NOUNS)),
    terms: terms.length > 0 ? terms : DOMAIN_TERMS.slice(0, 1),
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Text in one topic from one seeded sequence. */
export interface Writer {
  random: () => number;
  topic: Topic;
  /** One of the topic's terms of the field. */
  term(): string;
  /** One sentence of one to three clauses. */
  sentence(): string;
  /** A paragraph of `count` sentences. */
  paragraph(count: number): string;
  /** A short title in sentence case, for headings, modules and talks. */
  title(): string;
  /** A short noun phrase for lists and table cells. */
  phrase(): string;
}

export function writer(random: () => number, topic: Topic = WHOLE_VOCABULARY): Writer {
  // Drawn from the whole list, so core words keep their usual frequency; a noun outside the topic is
  // replaced by one of the topic's.
  const topical = new Set(topic.nouns);
  const noun = () => {
    const word = pick(random, NOUNS);
    if (CORE.has(word) || topical.has(word) || topic.nouns.length === 0) return word;
    return topic.nouns[Math.floor(random() * topic.nouns.length)]!;
  };
  const term = () => pick(random, topic.terms);
  const nounPhrase = () => {
    const adjective = random() < 0.45 ? `${pick(random, ADJECTIVES)} ` : '';
    return `${pick(random, DETERMINERS)} ${adjective}${noun()}`;
  };
  const clause = () => {
    const tail = random() < 0.5 ? ` ${pick(random, PREPOSITIONS)} ${nounPhrase()}` : '';
    return `${nounPhrase()} ${pick(random, VERBS)} ${nounPhrase()}${tail}`;
  };
  const sentence = () => {
    const opener = random() < 0.15 ? `${pick(random, OPENERS)}, ` : '';
    let text = clause();
    const more = random() < 0.55 ? (random() < 0.3 ? 2 : 1) : 0;
    for (let i = 0; i < more; i++) text += `${random() < 0.3 ? ',' : ''} ${pick(random, CONNECTORS)} ${clause()}`;
    return `${capitalise(opener + text)}.`;
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
