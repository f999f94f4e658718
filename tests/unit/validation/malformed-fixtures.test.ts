import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/validation/problem.ts';
import { readContentFiles } from '../../../src/validation/read-content.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';

// Each folder under tests/fixtures/malformed is a small content tree with exactly one mistake a trainer
// could make. The snapshots lock what the trainer is told: file · field · what to write instead.

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const malformedRoot = join(projectRoot, 'tests/fixtures/malformed');

const FIXTURES = [
  'unknown-field-typo',
  'missing-required-field',
  'wrong-type-minutes',
  'id-with-capitals',
  'id-kept-by-the-code',
  'duplicate-module-ids',
  'module-missing-course',
  'dangling-resource-reference',
  'missing-prerequisite',
  'self-prerequisite',
  'order-gap',
  'duplicate-order',
  'mdx-without-frontmatter',
  'frontmatter-syntax-error',
  'yaml-syntax-error',
  'duplicate-yaml-key',
  'unknown-component',
  'bad-callout-type',
  'mdx-less-than',
  'mdx-html-comment',
  'mdx-unclosed-component',
  'reflection-without-id',
  'repeated-reflection-id',
  'figure-without-caption',
  'missing-embedded-case',
  'glossary-term-without-id',
  'glossary-term-unknown-id',
  'bad-level-enum',
  'empty-objectives',
  'course-without-modules',
  'bad-date',
  'bad-chapter-time',
  'talk-captions-missing',
  'talk-captions-bad-timing',
  'talk-chapter-off-caption',
  'single-choice-two-correct',
  'correct-not-boolean',
  'multiple-choice-none-correct',
  'option-missing-feedback',
  'ranking-not-permutation',
  'expert-range-outside-scale',
  'rating-field-typo',
  'unknown-question-kind',
  'duplicate-question-ids',
  'pass-mark-150',
  'case-learn-more-missing-module',
  'learn-more-missing-section',
  'glossary-related-missing',
  'resource-http-url',
  'site-unknown-field',
  'site-logo-missing',
  'site-logo-without-alt',
  'site-logo-outside-content',
  'site-contact-not-address',
  'site-statement-missing',
  'site-statement-heading',
] as const;

type Fixture = (typeof FIXTURES)[number];

/** The report the content check prints for one fixture; paths are relative to the project root. */
function reportFor(fixture: Fixture): string {
  const { problems } = validateContent(readContentFiles(join(malformedRoot, fixture), projectRoot));
  expect(problems.length).toBeGreaterThan(0);
  return formatReport(problems);
}

it('has a test below for every fixture folder, and a folder for every test', () => {
  expect(readdirSync(malformedRoot).sort()).toEqual([...FIXTURES].sort());
});

describe('malformed content fixtures', () => {
  it('unknown-field-typo: a misspelt field is named with the spelling it was meant to have', () => {
    expect(reportFor('unknown-field-typo')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/unknown-field-typo/courses/assessment-basics/02-three-domains.mdx · titel · Unknown field \`titel\`: did you mean \`title\`?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('missing-required-field: a missing required field is named', () => {
    expect(reportFor('missing-required-field')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/missing-required-field/courses/assessment-basics/02-three-domains.mdx · summary · Add \`summary:\` with text: it is required (one or two sentences shown in the course outline and search results).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('wrong-type-minutes: minutes written as a word asks for a number', () => {
    expect(reportFor('wrong-type-minutes')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/wrong-type-minutes/courses/assessment-basics/02-three-domains.mdx · minutes · Write a whole number of minutes, for example \`30\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('id-with-capitals: an id with capitals and spaces asks for lower case with hyphens', () => {
    expect(reportFor('id-with-capitals')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/id-with-capitals/courses/assessment-basics/02-three-domains.mdx · id · Write the id in lower case, with words joined by hyphens, for example \`new-partners-and-risk\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('id-kept-by-the-code: `constructor` is refused, as no learner record may be kept under it', () => {
    expect(reportFor('id-kept-by-the-code')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/id-kept-by-the-code/courses/assessment-basics/02-three-domains.mdx · id · \`constructor\` is a word the site's code keeps for itself: choose another id, such as the title in lower case with hyphens.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('duplicate-module-ids: two modules with one id name the file that has it first', () => {
    expect(reportFor('duplicate-module-ids')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/duplicate-module-ids/courses/assessment-basics/02-three-domains.mdx · id · The id \`why-assessment-matters\` is already used by tests/fixtures/malformed/duplicate-module-ids/courses/assessment-basics/01-why-assessment-matters.mdx. Give this entry an id of its own.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('module-missing-course: a module pointing at a missing course suggests the right course id', () => {
    expect(reportFor('module-missing-course')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/module-missing-course/courses/assessment-basics/02-three-domains.mdx · course · There is no course with the id \`assesment-basics\`: did you mean \`assessment-basics\`?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('dangling-resource-reference: a reference to a missing resource suggests the closest resource id', () => {
    expect(reportFor('dangling-resource-reference')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/dangling-resource-reference/courses/assessment-basics/02-three-domains.mdx · references[0] · There is no resource with the id \`munro-review-2012\`: did you mean \`munro-review-2011\`?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('missing-prerequisite: a prerequisite to a missing module lists the modules that exist', () => {
    expect(reportFor('missing-prerequisite')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/missing-prerequisite/courses/assessment-basics/02-three-domains.mdx · prerequisites[0] · There is no module with the id \`introduction-to-risk\`. Write one of: \`three-domains\`, \`why-assessment-matters\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('self-prerequisite: a module listed as its own prerequisite is caught', () => {
    expect(reportFor('self-prerequisite')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/self-prerequisite/courses/assessment-basics/02-three-domains.mdx · prerequisites · A module cannot be its own prerequisite: remove its own id from the list.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('order-gap: modules numbered 1, 3 name the missing number', () => {
    expect(reportFor('order-gap')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/order-gap/courses/assessment-basics/02-three-domains.mdx · order · The modules of course \`assessment-basics\` are numbered 1, 3: number 2 is missing. Renumber them 1, 2, 3… with no gaps.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('duplicate-order: two modules with the same order name the other file', () => {
    expect(reportFor('duplicate-order')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/duplicate-order/courses/assessment-basics/02-three-domains.mdx · order · tests/fixtures/malformed/duplicate-order/courses/assessment-basics/01-why-assessment-matters.mdx already has \`order: 1\`. Give each module in the course its own number.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('mdx-without-frontmatter: an MDX file without frontmatter asks for the dashes', () => {
    expect(reportFor('mdx-without-frontmatter')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/mdx-without-frontmatter/courses/assessment-basics/02-three-domains.mdx · frontmatter · Start the file with its details between two lines of three dashes (\`---\`), then the text. See the trainers’ guide for an example.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('frontmatter-syntax-error: a colon in an unquoted frontmatter title is a syntax error', () => {
    expect(reportFor('frontmatter-syntax-error')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/frontmatter-syntax-error/courses/assessment-basics/02-three-domains.mdx · line 5 · This line has a second colon, or a line below it is indented too far. Put text that contains a colon in quotes, for example \`title: "Risk: a moving picture"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('yaml-syntax-error: a colon in an unquoted YAML definition is a syntax error', () => {
    expect(reportFor('yaml-syntax-error')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/yaml-syntax-error/glossary/rule-of-optimism.yaml · line 3 · This line has a second colon, or a line below it is indented too far. Put text that contains a colon in quotes, for example \`definition: "Risk: a moving picture"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('duplicate-yaml-key: a YAML field written twice is caught', () => {
    expect(reportFor('duplicate-yaml-key')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/duplicate-yaml-key/resources/munro-review-2011.yaml · line 6 · The field \`title\` is written twice: keep one of them.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('unknown-component: a misspelt component name suggests the real one', () => {
    expect(reportFor('unknown-component')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/unknown-component/courses/assessment-basics/02-three-domains.mdx · line 12 <Callot> · There is no component called Callot: did you mean <Callout>?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('mdx-less-than: a bare < in the text explains how to write it', () => {
    expect(reportFor('mdx-less-than')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/mdx-less-than/courses/assessment-basics/02-three-domains.mdx · line 12 · A \`<\` in text starts a component in MDX. Write “less than”, or \`&lt;\`, or put it in \`code\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('mdx-html-comment: an HTML comment shows the MDX way to comment', () => {
    expect(reportFor('mdx-html-comment')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/mdx-html-comment/courses/assessment-basics/02-three-domains.mdx · line 14 · MDX comments are written \`{/* like this */}\`, not \`<!-- like this -->\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('mdx-unclosed-component: a component left open asks for its closing tag', () => {
    expect(reportFor('mdx-unclosed-component')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/mdx-unclosed-component/courses/assessment-basics/02-three-domains.mdx · line 12 · A component is opened but not closed: end it with its closing tag, for example \`</Callout>\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('correct-not-boolean: a yes-or-no field written as a word asks for true or false', () => {
    expect(reportFor('correct-not-boolean')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/correct-not-boolean/cases/kim-ava-leo.yaml · stages[0].questions[0].options[0].correct · Write \`true\` or \`false\` here (mark the right answer (single choice) or answers (multiple choice)).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('bad-callout-type: a Callout type outside the list names the allowed types', () => {
    expect(reportFor('bad-callout-type')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/bad-callout-type/courses/assessment-basics/02-three-domains.mdx · line 12 <Callout> type · Write \`type="note"\`, \`type="warning"\` or \`type="key-point"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('reflection-without-id: a Reflection without an id asks for one', () => {
    expect(reportFor('reflection-without-id')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/reflection-without-id/courses/assessment-basics/02-three-domains.mdx · line 14 <Reflection> id · Add \`id="…"\`: it is required. Give the prompt an id, for example \`id="first-impressions"\`: a learner's notes are saved under it.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('repeated-reflection-id: two Reflections with one id in a module are caught', () => {
    expect(reportFor('repeated-reflection-id')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/repeated-reflection-id/courses/assessment-basics/02-three-domains.mdx · line 18 <Reflection> id · The id \`hardest-domain\` is already used by another Reflection in this file: give each its own, because learners' notes are saved under it.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('figure-without-caption: a Figure without a caption asks for one', () => {
    expect(reportFor('figure-without-caption')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/figure-without-caption/courses/assessment-basics/02-three-domains.mdx · line 12 <Figure> caption · Add \`caption="…"\`: it is required. Write a caption that says what the figure shows, for example \`caption="The three domains"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('missing-embedded-case: a module embedding a missing case is caught', () => {
    expect(reportFor('missing-embedded-case')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/missing-embedded-case/courses/assessment-basics/02-three-domains.mdx · line 14 <Case> id · There is no case with the id \`kim-ava-leo\`, and none exists yet: add it, or remove this link.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('glossary-term-without-id: a GlossaryTerm without an id is caught', () => {
    expect(reportFor('glossary-term-without-id')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/glossary-term-without-id/courses/assessment-basics/02-three-domains.mdx · line 12 <GlossaryTerm> id · Add \`id="…"\` with text: it is required (id of the glossary term. The text between the tags is what the reader sees).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('glossary-term-unknown-id: a GlossaryTerm pointing at a missing term suggests the closest term', () => {
    expect(reportFor('glossary-term-unknown-id')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/glossary-term-unknown-id/courses/assessment-basics/02-three-domains.mdx · line 12 <GlossaryTerm> id · There is no glossary term with the id \`rule-of-optimsm\`: did you mean \`rule-of-optimism\`?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('bad-level-enum: a course level outside the list names the allowed levels', () => {
    expect(reportFor('bad-level-enum')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/bad-level-enum/courses/assessment-basics/course.yaml · level · Write one of: introductory, intermediate, advanced.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('empty-objectives: an empty list of objectives asks for one with an example', () => {
    expect(reportFor('empty-objectives')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/empty-objectives/courses/assessment-basics/02-three-domains.mdx · objectives · Add at least one item, for example \`- Describe the three domains of the Assessment Framework\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('course-without-modules: a course that no module belongs to is caught', () => {
    expect(reportFor('course-without-modules')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/course-without-modules/courses/working-with-fathers/course.yaml · id · No module belongs to this course yet: add a module with \`course: working-with-fathers\` in its details.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('bad-date: a date written day first asks for YYYY-MM-DD', () => {
    expect(reportFor('bad-date')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/bad-date/talks/intuition-and-analysis.mdx · date · Write the date as YYYY-MM-DD, for example \`2026-11-25\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('bad-chapter-time: a chapter time written with a decimal point asks for minutes:seconds', () => {
    expect(reportFor('bad-chapter-time')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/bad-chapter-time/talks/intuition-and-analysis.mdx · chapters[1].time · Write a time as minutes:seconds, for example \`12:34\`; an hour or more as \`1:02:03\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('talk-captions-missing: a talk whose captions file is not beside it names the path to save it at', () => {
    expect(reportFor('talk-captions-missing')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/talk-captions-missing/talks/intuition-and-analysis.mdx · media.captions · There is no captions file tests/fixtures/malformed/talk-captions-missing/talks/intuition-and-analysis.vtt: save the WebVTT captions there, or correct the file name.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('talk-captions-bad-timing: a caption with an unreadable timing is pointed to by its line in the .vtt file', () => {
    expect(reportFor('talk-captions-bad-timing')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/talk-captions-bad-timing/talks/intuition-and-analysis.vtt · line 11 · This cue has no readable timing: write it as \`00:01.000 --> 00:04.500\` (minutes:seconds.milliseconds).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('talk-chapter-off-caption: a chapter that starts between captions is told the nearest caption start', () => {
    expect(reportFor('talk-chapter-off-caption')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/talk-chapter-off-caption/talks/intuition-and-analysis.mdx · chapters[1].time · No caption starts at 0:05. A chapter starts where a caption starts: the nearest is "There are two kinds of thinking." at 0:06, so write "0:06".

      Each line reads: file · field · what to write instead."
    `);
  });

  it('single-choice-two-correct: a single-choice question with two correct options is caught', () => {
    expect(reportFor('single-choice-two-correct')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/single-choice-two-correct/cases/kim-ava-leo.yaml · stages[0].questions[0].options · A single-choice question needs exactly one option with \`correct: true\`; this one has 2. Use \`kind: multiple\` if several are right.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('multiple-choice-none-correct: a multiple-choice question with no correct option is caught', () => {
    expect(reportFor('multiple-choice-none-correct')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/multiple-choice-none-correct/cases/kim-ava-leo.yaml · stages[0].questions[1].options · Mark at least one option with \`correct: true\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('option-missing-feedback: an option without feedback is caught', () => {
    expect(reportFor('option-missing-feedback')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/option-missing-feedback/cases/kim-ava-leo.yaml · stages[0].questions[0].options[1].feedback · Add \`feedback:\` with text: it is required (why this option is stronger or weaker. Shown after the learner answers).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('ranking-not-permutation: a ranking answer that leaves out an item lists every item', () => {
    expect(reportFor('ranking-not-permutation')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/ranking-not-permutation/cases/kim-ava-leo.yaml · stages[1].questions[0].answer · List every item id exactly once, in the model order: safety-plan, check-records, talk-to-ava.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('expert-range-outside-scale: an expert range beyond the scale is caught', () => {
    expect(reportFor('expert-range-outside-scale')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/expert-range-outside-scale/cases/kim-ava-leo.yaml · stages[1].questions[1].expertRange · Write two numbers from 1 to 10, the lower first, for example \`[2, 4]\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('rating-field-typo: a misspelt rating field inside a question suggests the right spelling', () => {
    expect(reportFor('rating-field-typo')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/rating-field-typo/cases/kim-ava-leo.yaml · stages[1].questions[1].expertRnage · Unknown field \`expertRnage\`: did you mean \`expertRange\`?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('unknown-question-kind: a question kind outside the list names the kinds', () => {
    expect(reportFor('unknown-question-kind')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/unknown-question-kind/cases/kim-ava-leo.yaml · stages[1].questions[2].kind · Write \`kind:\` as one of single, multiple, ranking, rating, reflection.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('duplicate-question-ids: a question id repeated in another stage is caught', () => {
    expect(reportFor('duplicate-question-ids')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/duplicate-question-ids/cases/kim-ava-leo.yaml · stages[1].questions[2].id · The id \`first-step\` is already used at stages[0].questions[0]: give each one its own id.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('pass-mark-150: a pass mark over 100 is caught', () => {
    expect(reportFor('pass-mark-150')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/pass-mark-150/cases/kim-ava-leo.yaml · passMark · Write a pass mark from 0 to 100.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('case-learn-more-missing-module: a case linking to a missing module suggests the right module', () => {
    expect(reportFor('case-learn-more-missing-module')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/case-learn-more-missing-module/cases/kim-ava-leo.yaml · stages[1].questions[1].learnMore.module · There is no module with the id \`why-assesment-matters\`: did you mean \`why-assessment-matters\`?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('learn-more-missing-section: a case linking to a heading the module does not have lists its headings', () => {
    expect(reportFor('learn-more-missing-section')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/learn-more-missing-section/cases/kim-ava-leo.yaml · stages[1].questions[1].learnMore.section · Module \`why-assessment-matters\` has no heading with the anchor \`three-domain\`: write one of: \`the-three-domains\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('glossary-related-missing: a related term that does not exist lists the terms that do', () => {
    expect(reportFor('glossary-related-missing')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/glossary-related-missing/glossary/rule-of-optimism.yaml · related[1] · There is no glossary term with the id \`disguised-compliance\`. Write one of: \`professional-curiosity\`, \`rule-of-optimism\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('resource-http-url: a resource address starting with http:// asks for https://', () => {
    expect(reportFor('resource-http-url')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/resource-http-url/resources/munro-review-2011.yaml · url · Write a full address starting with https://, or leave \`url\` out.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('site-unknown-field: a settings field spelt the American way suggests the spelling the settings use', () => {
    expect(reportFor('site-unknown-field')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/site-unknown-field/site.yaml · organization · Unknown field \`organization\`: did you mean \`organisation\`?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('site-logo-missing: a logo file that is not in the content folder names the path to put it at', () => {
    expect(reportFor('site-logo-missing')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/site-logo-missing/site.yaml · logo.src · There is no file tests/fixtures/malformed/site-logo-missing/logo.svg: put the logo there, or correct the file name.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('site-logo-without-alt: a logo without alternative text asks for it, saying what to write', () => {
    expect(reportFor('site-logo-without-alt')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/site-logo-without-alt/site.yaml · logo.alt · Add \`alt:\` with text: it is required (alternative text for people who cannot see the logo: the words in it, usually the organisation’s name. Up to 150 characters).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('site-logo-outside-content: a logo outside the content folder asks for a path from the content folder', () => {
    expect(reportFor('site-logo-outside-content')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/site-logo-outside-content/site.yaml · logo.src · Write the file's path from the content folder, for example \`logo.svg\`: no \`/\` at the start and no \`..\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('site-contact-not-address: a contact that is neither an email address nor a web address says which to write', () => {
    expect(reportFor('site-contact-not-address')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/site-contact-not-address/site.yaml · contact · Write an email address, for example \`learning@example.org\`, or a web address starting with https://, for example \`https://example.org/contact\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('site-statement-missing: an accessibility statement file that is not there offers the site’s own instead', () => {
    expect(reportFor('site-statement-missing')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/site-statement-missing/site.yaml · accessibilityStatement · There is no file tests/fixtures/malformed/site-statement-missing/accessibility.md: write the statement there, or leave \`accessibilityStatement\` out to use the site’s own.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('site-statement-heading: a first-level heading in the accessibility statement is pointed to by its line', () => {
    expect(reportFor('site-statement-heading')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/site-statement-heading/accessibility.md · line 1 · The page already has its title, “Accessibility statement”: start the headings here at \`##\`.

      Each line reads: file · field · what to write instead."
    `);
  });
});
