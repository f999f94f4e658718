import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../src/validation/check-folder.ts';
import { formatReport } from '../../../src/validation/problem.ts';

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
  'search-word-no-page-holds',
  'search-synonym-punctuation',
  'search-words-saved-as-yml',
  'site-logo-missing',
  'site-logo-without-alt',
  'site-logo-outside-content',
  'site-contact-not-address',
  'site-statement-missing',
  'site-statement-heading',
  'component-lower-case',
  'component-misspelt-lower-case',
  'unknown-lower-case-element',
  'glossary-term-self-closed',
  'callout-self-closed',
  'reflection-self-closed',
  'figure-self-closed',
  'case-with-text',
  'unclosed-case-inside-callout',
  'script-block',
  'iframe-embed',
  'form-element',
  'button-element',
  'event-handler-attribute',
  'style-attribute',
  'import-line',
  'export-line',
  'expression-in-prose',
  'expression-as-attribute-value',
  'spread-attribute',
  'misspelt-value-in-braces',
  'curly-quotes-in-attribute',
  'module-without-text',
  'module-with-only-a-comment',
  'heading-level-one',
  'remote-image',
  'missing-image',
  'image-without-alt',
  'image-from-site-root',
  'image-unsupported-format',
  'placeholder-left',
  'missing-colon',
  'tab-in-text-block',
  'resource-saved-as-yml',
  'course-saved-as-yml',
  'module-saved-as-md',
  'site-settings-saved-as-yml',
  'file-in-utf-16',
  'file-in-windows-1252',
  'word-document-in-course',
  'notes-file-in-cases',
  'resource-year-to-come',
  'empty-content-folder',
  'value-starting-with-bracket',
  'value-starting-with-asterisk',
] as const;

type Fixture = (typeof FIXTURES)[number];

/** The report the content check prints for one fixture; paths are relative to the project root. */
function reportFor(fixture: Fixture): string {
  const { problems } = checkContentFolder(join(malformedRoot, fixture), projectRoot);
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

      tests/fixtures/malformed/mdx-unclosed-component/courses/assessment-basics/02-three-domains.mdx · line 12 · <Callout> is opened but not closed: end it with \`</Callout>\`.

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

  it('search-word-no-page-holds: a synonym for a word no page has names the word and the closest one pages have', () => {
    expect(reportFor('search-word-no-page-holds')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/search-word-no-page-holds/search.yaml · synonyms.first impression · No page has the word “asessment”, so search would find nothing with it: write a word the course uses, such as “assessment”.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('search-synonym-punctuation: a learner’s phrase with punctuation says to write only words', () => {
    expect(reportFor('search-synonym-punctuation')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/search-synonym-punctuation/search.yaml · synonyms.mum’s boyfriend! · Write only words, separated by spaces, for example \`mum’s boyfriend\`: no punctuation or symbols.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('search-words-saved-as-yml: search.yml is named, with the name the site reads', () => {
    expect(reportFor('search-words-saved-as-yml')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/search-words-saved-as-yml/search.yml · file · Rename it to \`search.yaml\`: the site reads only that name.

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
  it('component-lower-case: a component written in lower case is told to start with a capital', () => {
    expect(reportFor('component-lower-case')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/component-lower-case/courses/assessment-basics/02-three-domains.mdx · line 12 <callout> · Components start with a capital letter: write <Callout>.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('component-misspelt-lower-case: a misspelt lower-case component is named with the spelling it was meant to have', () => {
    expect(reportFor('component-misspelt-lower-case')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/component-misspelt-lower-case/courses/assessment-basics/02-three-domains.mdx · line 12 <calout> · There is no component called calout: did you mean <Callout>?

      Each line reads: file · field · what to write instead."
    `);
  });

  it('unknown-lower-case-element: a lower-case tag that is neither a component nor text HTML lists the components', () => {
    expect(reportFor('unknown-lower-case-element')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/unknown-lower-case-element/courses/assessment-basics/02-three-domains.mdx · line 12 <note> · <note> is not a component or an element of text. The components are: <Callout>, <Reflection>, <GlossaryTerm>, <Figure>, <Case>.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('glossary-term-self-closed: a self-closed glossary term, which would show empty quotes, asks for its text', () => {
    expect(reportFor('glossary-term-self-closed')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/glossary-term-self-closed/courses/assessment-basics/02-three-domains.mdx · line 12 <GlossaryTerm> · Write the text between \`<GlossaryTerm …>\` and \`</GlossaryTerm>\`: on its own, \`<GlossaryTerm … />\` shows nothing.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('callout-self-closed: a self-closed callout asks for its text', () => {
    expect(reportFor('callout-self-closed')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/callout-self-closed/courses/assessment-basics/02-three-domains.mdx · line 12 <Callout> · Write the text between \`<Callout …>\` and \`</Callout>\`: on its own, \`<Callout … />\` shows nothing.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('reflection-self-closed: a self-closed reflection asks for its prompt', () => {
    expect(reportFor('reflection-self-closed')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/reflection-self-closed/courses/assessment-basics/02-three-domains.mdx · line 14 <Reflection> · Write the text between \`<Reflection …>\` and \`</Reflection>\`: on its own, \`<Reflection … />\` shows nothing.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('figure-self-closed: a self-closed figure asks for what it shows', () => {
    expect(reportFor('figure-self-closed')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/figure-self-closed/courses/assessment-basics/02-three-domains.mdx · line 14 <Figure> · Write the text between \`<Figure …>\` and \`</Figure>\`: on its own, \`<Figure … />\` shows nothing.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('case-with-text: text inside a case is refused, with the one-line form to write', () => {
    expect(reportFor('case-with-text')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/case-with-text/courses/assessment-basics/02-three-domains.mdx · line 14 <Case> · A case takes no text: write it on one line, ending with \`/>\`, for example \`<Case id="kim-ava-leo" />\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('unclosed-case-inside-callout: an unclosed case inside a callout is told to end with `/>`, not to close the callout', () => {
    expect(reportFor('unclosed-case-inside-callout')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/unclosed-case-inside-callout/courses/assessment-basics/02-three-domains.mdx · line 18 · <Case> on line 14 is not closed: a case takes no text, so end it with \`/>\`, for example \`<Case id="kim-ava-leo" />\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('script-block: a script is refused', () => {
    expect(reportFor('script-block')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/script-block/courses/assessment-basics/02-three-domains.mdx · line 14 <script> · Remove <script>: teaching text cannot hold scripts, styles, frames or forms.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('iframe-embed: a frame is refused', () => {
    expect(reportFor('iframe-embed')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/iframe-embed/courses/assessment-basics/02-three-domains.mdx · line 14 <iframe> · Remove <iframe>: teaching text cannot hold scripts, styles, frames or forms.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('form-element: a form is refused', () => {
    expect(reportFor('form-element')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/form-element/courses/assessment-basics/02-three-domains.mdx · line 14 <form> · Remove <form>: teaching text cannot hold scripts, styles, frames or forms.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('button-element: a button is refused', () => {
    expect(reportFor('button-element')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/button-element/courses/assessment-basics/02-three-domains.mdx · line 14 <button> · Remove <button>: teaching text cannot hold scripts, styles, frames or forms.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('event-handler-attribute: an event-handler attribute is refused', () => {
    expect(reportFor('event-handler-attribute')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/event-handler-attribute/courses/assessment-basics/02-three-domains.mdx · line 12 <span> · Remove \`onClick\`: teaching text cannot run code when a reader clicks or types.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('style-attribute: a style attribute is refused', () => {
    expect(reportFor('style-attribute')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/style-attribute/courses/assessment-basics/02-three-domains.mdx · line 12 <span> · Remove \`style\`: the site’s design sets the look, and its security policy ignores styles here.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('import-line: an import line is refused: components need none', () => {
    expect(reportFor('import-line')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/import-line/courses/assessment-basics/02-three-domains.mdx · line 12 · Remove this line: content cannot load code. The components (<Callout>, <Case> …) work without an \`import\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('export-line: an export line is refused', () => {
    expect(reportFor('export-line')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/export-line/courses/assessment-basics/02-three-domains.mdx · line 12 · Remove this line: content cannot load code. The components (<Callout>, <Case> …) work without an \`import\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('expression-in-prose: braces in prose, which would stop the build with a ReferenceError, say how to write braces', () => {
    expect(reportFor('expression-in-prose')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/expression-in-prose/courses/assessment-basics/02-three-domains.mdx · line 12 · \`{name}\` would be run as code. To show braces in the text, write \`\\{\` and \`\\}\`; for a note to other trainers, write \`{/* like this */}\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('expression-as-attribute-value: code as an attribute value asks for straight quotes', () => {
    expect(reportFor('expression-as-attribute-value')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/expression-as-attribute-value/courses/assessment-basics/02-three-domains.mdx · line 12 <Callout> · Write the value of \`type\` in straight quotes, for example \`type="…"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('spread-attribute: a spread of attributes is refused', () => {
    expect(reportFor('spread-attribute')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/spread-attribute/courses/assessment-basics/02-three-domains.mdx · line 12 <Callout> · Write each attribute as \`name="value"\`: a \`{…}\` on its own in a tag would be run as code.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('misspelt-value-in-braces: a misspelt value in braces is checked as if quoted', () => {
    expect(reportFor('misspelt-value-in-braces')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/misspelt-value-in-braces/courses/assessment-basics/02-three-domains.mdx · line 12 <Callout> type · Write \`type="note"\`, \`type="warning"\` or \`type="key-point"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('curly-quotes-in-attribute: curly quotes around a value are named as the cause', () => {
    expect(reportFor('curly-quotes-in-attribute')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/curly-quotes-in-attribute/courses/assessment-basics/02-three-domains.mdx · line 12 · The quotes around a value are curly (“…”), as a word processor types them: write straight quotes, for example \`type="note"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('module-without-text: a module with details and no text is refused', () => {
    expect(reportFor('module-without-text')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/module-without-text/courses/assessment-basics/02-three-domains.mdx · line 11 · There is no text below the details: write the module’s teaching after the second \`---\` line.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('module-with-only-a-comment: a module whose text is only a comment is refused', () => {
    expect(reportFor('module-with-only-a-comment')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/module-with-only-a-comment/courses/assessment-basics/02-three-domains.mdx · line 11 · There is no text below the details: write the module’s teaching after the second \`---\` line.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('heading-level-one: a level-one heading in the text asks for `##`', () => {
    expect(reportFor('heading-level-one')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/heading-level-one/courses/assessment-basics/02-three-domains.mdx · line 12 · A page’s title comes from \`title:\` in its details: start the headings in the text at \`##\`, not \`#\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('remote-image: an image from another host asks for a copy beside the module', () => {
    expect(reportFor('remote-image')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/remote-image/courses/assessment-basics/02-three-domains.mdx · line 12 image · Save the image in the content folder beside this file and write \`./domains.png\`: images from another site are not loaded, to keep learners’ visits private.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('missing-image: a missing image names the file it looked for', () => {
    expect(reportFor('missing-image')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/missing-image/courses/assessment-basics/02-three-domains.mdx · line 12 image · There is no file \`tests/fixtures/malformed/missing-image/courses/assessment-basics/domains.png\`: save the image there, or correct its name (capitals count).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('image-without-alt: an image without alternative text asks for a description', () => {
    expect(reportFor('image-without-alt')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/image-without-alt/courses/assessment-basics/02-three-domains.mdx · line 12 image · Describe what the image shows between the brackets, for example \`![The three domains](./domains.png)\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('image-from-site-root: an image addressed from the site root asks for `./`', () => {
    expect(reportFor('image-from-site-root')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/image-from-site-root/courses/assessment-basics/02-three-domains.mdx · line 12 image · Save the image beside this file and write its name starting with \`./\`, for example \`./domains.png\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('image-unsupported-format: an image in a format browsers do not show lists the formats', () => {
    expect(reportFor('image-unsupported-format')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/image-unsupported-format/courses/assessment-basics/02-three-domains.mdx · line 12 image · Save the image as PNG, JPEG, WebP, AVIF, GIF or SVG: \`./domains.heic\` is not one of those.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('placeholder-left: a placeholder left by `npm run new` is pointed to by its line', () => {
    expect(reportFor('placeholder-left')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/placeholder-left/courses/assessment-basics/02-three-domains.mdx · line 6 · Replace [[Write one or two sentences about the module here]] with your own text.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('missing-colon: a missing colon is named, with the line as it should read', () => {
    expect(reportFor('missing-colon')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/missing-colon/courses/assessment-basics/course.yaml · line 2 · Put a colon after \`title\`: write \`title: Assessment basics\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('tab-in-text-block: tabs in a text block are named once, with their lines', () => {
    expect(reportFor('tab-in-text-block')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/tab-in-text-block/courses/assessment-basics/course.yaml · line 4 · Lines 4 and 5 are indented with a tab: indent with spaces instead (two for each level).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('resource-saved-as-yml: a resource saved as .yml is named, with the name to give it', () => {
    expect(reportFor('resource-saved-as-yml')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/resource-saved-as-yml/resources/munro-review-2011.yml · file · Rename it to \`munro-review-2011.yaml\`: the site reads only files ending in .yaml here.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('course-saved-as-yml: a course saved as .yml is named once, not as a missing course for each module', () => {
    expect(reportFor('course-saved-as-yml')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/course-saved-as-yml/courses/assessment-basics/course.yml · file · Rename it to \`course.yaml\`: the site reads only files ending in .yaml here.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('module-saved-as-md: a module saved as .md is named, with the name to give it', () => {
    expect(reportFor('module-saved-as-md')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/module-saved-as-md/courses/assessment-basics/02-three-domains.md · file · Rename it to \`02-three-domains.mdx\`: the site reads only files ending in .mdx here.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('site-settings-saved-as-yml: site settings saved as .yml are named', () => {
    expect(reportFor('site-settings-saved-as-yml')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/site-settings-saved-as-yml/site.yml · file · Rename it to \`site.yaml\`: the site reads only that name.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('file-in-utf-16: a file saved as UTF-16 says how to save it as UTF-8', () => {
    expect(reportFor('file-in-utf-16')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/file-in-utf-16/resources/munro-review-2011.yaml · file · This file is saved as UTF-16 (“Unicode” in some editors): save it again as UTF-8. In Notepad: File › Save as › Encoding: UTF-8; in Word: Save as › Plain text › UTF-8.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('file-in-windows-1252: a file saved as Windows-1252 names the line of the first character that cannot be read', () => {
    expect(reportFor('file-in-windows-1252')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/file-in-windows-1252/glossary/rule-of-optimism.yaml · file · This file is not saved as UTF-8 (perhaps as “ANSI” or Windows-1252): the first character that cannot be read is on line 3. Save it again as UTF-8. In Notepad: File › Save as › Encoding: UTF-8; in Word: Save as › Plain text › UTF-8.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('word-document-in-course: a word-processor document in a course folder says what to do instead', () => {
    expect(reportFor('word-document-in-course')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/word-document-in-course/courses/assessment-basics/three-domains.docx · file · The site cannot read documents. Start the page with \`npm run new\`, copy the text into it, and keep the document outside the content folder.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('notes-file-in-cases: a stray text file says which files the folder reads', () => {
    expect(reportFor('notes-file-in-cases')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/notes-file-in-cases/cases/notes.txt · file · The site does not read this file: in \`cases/\` it reads \`.yaml\` files. Rename it or move it out of the content folder.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('resource-year-to-come: a source dated in a year still to come is refused', () => {
    expect(reportFor('resource-year-to-come')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/resource-year-to-come/resources/munro-review-2011.yaml · year · A work cannot be published in a year still to come: write the year it was published, this year at the latest.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('empty-content-folder: a content folder without a course says how to start one', () => {
    expect(reportFor('empty-content-folder')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/empty-content-folder · courses · There are no courses here: start one with \`npm run new -- course\` (it writes \`courses/<course>/course.yaml\`).

      Each line reads: file · field · what to write instead."
    `);
  });

  it('value-starting-with-bracket: a value starting with `[` is read as a list: the message says so and how to quote it', () => {
    expect(reportFor('value-starting-with-bracket')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/value-starting-with-bracket/courses/assessment-basics/02-three-domains.mdx · line 5 · A value that starts with \`[\` is read as a list, which must end with \`]\`. If it is text, put it in quotes: write \`title: "[Draft] The three domains"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('value-starting-with-asterisk: a value starting with `*` asks for quotes', () => {
    expect(reportFor('value-starting-with-asterisk')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/malformed/value-starting-with-asterisk/courses/assessment-basics/02-three-domains.mdx · line 6 · A value that starts with \`*\` must be in quotes: write \`summary: "*Important* The child, the parents, and the world around them."\`.

      Each line reads: file · field · what to write instead."
    `);
  });
});
