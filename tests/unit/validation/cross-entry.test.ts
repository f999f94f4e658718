import { describe, expect, it } from 'vitest';
import { caseSchema, type CaseInput } from '../../../src/schemas/case.ts';
import { courseSchema } from '../../../src/schemas/course.ts';
import { glossarySchema, type GlossaryInput } from '../../../src/schemas/glossary.ts';
import { moduleSchema, type ModuleInput } from '../../../src/schemas/module.ts';
import { resourceSchema } from '../../../src/schemas/resource.ts';
import { talkSchema, type TalkInput } from '../../../src/schemas/talk.ts';
import { crossEntryProblems } from '../../../src/validation/cross-entry.ts';
import type { ComponentUsage } from '../../../src/validation/mdx-components.ts';
import type { FailedEntry, ValidatedContent } from '../../../src/validation/validate-content.ts';

// Entries are built through the real schemas, so their data has the shape the checker really sees.

const course = (id: string) => ({
  file: `courses/${id}/course.yaml`,
  data: courseSchema.parse({
    id,
    title: 'T',
    summary: 'S',
    audience: 'Social workers',
    level: 'introductory',
    outcomes: 'O',
    cpdMinutes: 60,
  }),
  components: [],
  headings: [],
});

const module = (id: string, order: number, extra: Partial<ModuleInput> = {}, components: ComponentUsage[] = []) => ({
  file: `courses/assessment/${order}-${id}.mdx`,
  data: moduleSchema.parse({
    id,
    course: 'assessment',
    order,
    title: 'T',
    summary: 'S',
    minutes: 30,
    objectives: 'O',
    ...extra,
  }),
  components,
  headings: [],
});

const resource = (id: string) => ({
  file: `resources/${id}.yaml`,
  data: resourceSchema.parse({
    id,
    title: 'T',
    type: 'report',
    authors: 'A',
    year: 2011,
    citation: 'C',
    summary: 'S',
    topics: 'T',
  }),
  components: [],
  headings: [],
});

const glossaryTerm = (id: string, extra: Partial<GlossaryInput> = {}) => ({
  file: `glossary/${id}.yaml`,
  data: glossarySchema.parse({ id, term: 'T', definition: 'D', ...extra }),
  components: [],
  headings: [],
});

const talk = (id: string, extra: Partial<TalkInput> = {}, components: ComponentUsage[] = []) => ({
  file: `talks/${id}.mdx`,
  data: talkSchema.parse({
    id,
    title: 'T',
    speakers: [{ name: 'N' }],
    date: '2026-11-25',
    duration: '18:40',
    summary: 'S',
    outcomes: 'O',
    cpdMinutes: 30,
    ...extra,
  }),
  components,
  headings: [],
});

const caseStudy = (id: string, learnMore?: string, section?: string) => ({
  file: `cases/${id}.yaml`,
  data: caseSchema.parse({
    id,
    title: 'T',
    summary: 'S',
    introduction: 'I',
    stages: [
      {
        id: 'one',
        title: 'T',
        narrative: 'N',
        questions: [
          {
            id: 'q',
            kind: 'reflection',
            prompt: 'P',
            ...(learnMore ? { learnMore: { module: learnMore, ...(section ? { section } : {}) } } : {}),
          },
        ],
      },
    ],
  } satisfies CaseInput),
  components: [],
  headings: [],
});

const use = (name: string, attributes: Record<string, string | undefined>, line = 10): ComponentUsage => ({
  name,
  attributes,
  line,
});

/** One course with two modules numbered 1 and 2: no problems. Each test adds or changes entries. */
const content = (change: Partial<ValidatedContent> = {}): ValidatedContent => ({
  courses: [course('assessment')],
  modules: [module('why-it-matters', 1), module('three-domains', 2)],
  cases: [],
  talks: [],
  resources: [],
  glossary: [],
  ...change,
});

it('finds nothing wrong with a course whose modules are numbered 1, 2', () => {
  expect(crossEntryProblems(content())).toEqual([]);
});

it('finds nothing wrong when every link points at a real entry', () => {
  const linked = content({
    modules: [
      module('why-it-matters', 1, { references: ['munro-2011'] }, [
        use('Case', { id: 'kim-ava-leo' }),
        use('GlossaryTerm', { id: 'rule-of-optimism' }),
      ]),
      module('three-domains', 2, { prerequisites: ['why-it-matters'] }, [
        use('Reflection', { id: 'a' }),
        use('Reflection', { id: 'b' }),
      ]),
    ],
    cases: [caseStudy('kim-ava-leo', 'three-domains')],
    talks: [
      talk('intuition', { course: 'assessment', relatedModules: ['three-domains'] }, [
        use('GlossaryTerm', { id: 'rule-of-optimism' }),
      ]),
    ],
    resources: [resource('munro-2011')],
    glossary: [
      glossaryTerm('rule-of-optimism', { related: ['professional-curiosity'], source: 'munro-2011' }),
      glossaryTerm('professional-curiosity'),
    ],
  });
  expect(crossEntryProblems(linked)).toEqual([]);
});

describe('duplicate ids', () => {
  it.each<[string, Partial<ValidatedContent>, string]>([
    [
      'modules',
      { modules: [module('why-it-matters', 1), module('why-it-matters', 2)] },
      'courses/assessment/2-why-it-matters.mdx',
    ],
    [
      'resources',
      { resources: [resource('munro-2011'), { ...resource('munro-2011'), file: 'resources/munro-copy.yaml' }] },
      'resources/munro-copy.yaml',
    ],
    [
      'glossary terms',
      {
        glossary: [
          glossaryTerm('rule-of-optimism'),
          { ...glossaryTerm('rule-of-optimism'), file: 'glossary/optimism.yaml' },
        ],
      },
      'glossary/optimism.yaml',
    ],
    [
      'cases',
      { cases: [caseStudy('kim-ava-leo'), { ...caseStudy('kim-ava-leo'), file: 'cases/copy.yaml' }] },
      'cases/copy.yaml',
    ],
    ['talks', { talks: [talk('intuition'), { ...talk('intuition'), file: 'talks/copy.mdx' }] }, 'talks/copy.mdx'],
  ])('are reported among %s, on the second file, naming the first', (_, change, secondFile) => {
    const problems = crossEntryProblems(content(change));
    expect(problems).toEqual([
      {
        file: secondFile,
        field: 'id',
        message: expect.stringMatching(
          /^The id `[a-z0-9-]+` is already used by \S+\. Give this entry an id of its own\.$/,
        ),
      },
    ]);
    expect(problems[0]?.message).not.toContain(secondFile);
  });

  it('are allowed across collections', () => {
    expect(
      crossEntryProblems(
        content({ resources: [resource('why-it-matters')], glossary: [glossaryTerm('why-it-matters')] }),
      ),
    ).toEqual([]);
  });
});

describe('dangling links', () => {
  it.each<[string, Partial<ValidatedContent>, { file: string; field: string; message: string }]>([
    [
      'a module to a missing course, with a suggestion',
      { modules: [module('why-it-matters', 1), module('three-domains', 2, { course: 'asessment' })] },
      {
        file: 'courses/assessment/2-three-domains.mdx',
        field: 'course',
        message: 'There is no course with the id `asessment`: did you mean `assessment`?',
      },
    ],
    [
      'a prerequisite to a missing module, listing the modules',
      { modules: [module('why-it-matters', 1), module('three-domains', 2, { prerequisites: ['introduction'] })] },
      {
        file: 'courses/assessment/2-three-domains.mdx',
        field: 'prerequisites[0]',
        message: 'There is no module with the id `introduction`. Write one of: `three-domains`, `why-it-matters`.',
      },
    ],
    [
      'a reference to a missing resource when there are none',
      { modules: [module('why-it-matters', 1, { references: ['other'] }), module('three-domains', 2)] },
      {
        file: 'courses/assessment/1-why-it-matters.mdx',
        field: 'references[0]',
        message: 'There is no resource with the id `other`, and none exists yet: add it, or remove this link.',
      },
    ],
    [
      'an embedded case that is missing, at its line',
      {
        modules: [
          module('why-it-matters', 1, {}, [use('Case', { id: 'kim-ava-leo' }, 14)]),
          module('three-domains', 2),
        ],
      },
      {
        file: 'courses/assessment/1-why-it-matters.mdx',
        field: 'line 14 <Case> id',
        message: 'There is no case with the id `kim-ava-leo`, and none exists yet: add it, or remove this link.',
      },
    ],
    [
      'a glossary term used in a talk',
      {
        talks: [talk('intuition', {}, [use('GlossaryTerm', { id: 'rule-of-optimsm' }, 22)])],
        glossary: [glossaryTerm('rule-of-optimism')],
      },
      {
        file: 'talks/intuition.mdx',
        field: 'line 22 <GlossaryTerm> id',
        message: 'There is no glossary term with the id `rule-of-optimsm`: did you mean `rule-of-optimism`?',
      },
    ],
    [
      'a talk to a missing related module',
      { talks: [talk('intuition', { relatedModules: ['why-it-matters', 'three-domain'] })] },
      {
        file: 'talks/intuition.mdx',
        field: 'relatedModules[1]',
        message: 'There is no module with the id `three-domain`: did you mean `three-domains`?',
      },
    ],
    [
      'a talk to a missing course',
      { talks: [talk('intuition', { course: 'risk' })] },
      {
        file: 'talks/intuition.mdx',
        field: 'course',
        message: 'There is no course with the id `risk`. Write one of: `assessment`.',
      },
    ],
    [
      'a glossary term to a missing related term',
      { glossary: [glossaryTerm('rule-of-optimism', { related: 'disguised-compliance' })] },
      {
        file: 'glossary/rule-of-optimism.yaml',
        field: 'related[0]',
        message: 'There is no glossary term with the id `disguised-compliance`. Write one of: `rule-of-optimism`.',
      },
    ],
    [
      'a glossary term to a missing source',
      { glossary: [glossaryTerm('rule-of-optimism', { source: 'munro-2011' })] },
      {
        file: 'glossary/rule-of-optimism.yaml',
        field: 'source',
        message: 'There is no resource with the id `munro-2011`, and none exists yet: add it, or remove this link.',
      },
    ],
    [
      'a case learnMore to a missing module',
      { cases: [caseStudy('kim-ava-leo', 'why-it-maters')] },
      {
        file: 'cases/kim-ava-leo.yaml',
        field: 'stages[0].questions[0].learnMore.module',
        message: 'There is no module with the id `why-it-maters`: did you mean `why-it-matters`?',
      },
    ],
  ])('are reported for %s', (_, change, expected) => {
    expect(crossEntryProblems(content(change))).toEqual([expected]);
  });

  it('list at most eight ids to choose from', () => {
    const resources = Array.from({ length: 10 }, (_, i) => resource(`report-${String(i).padStart(2, '0')}-long-name`));
    const modules = [module('why-it-matters', 1, { references: 'munro' }), module('three-domains', 2)];
    const [problem] = crossEntryProblems(content({ modules, resources }));
    expect(problem?.message).toBe(
      'There is no resource with the id `munro`. Write one of: ' +
        Array.from({ length: 8 }, (_, i) => `\`report-0${i}-long-name\``).join(', ') +
        ', ….',
    );
  });

  it('skip a component whose id is missing or an expression: the component check reports those', () => {
    const modules = [
      module('why-it-matters', 1, {}, [use('Case', {}), use('GlossaryTerm', { id: undefined })]),
      module('three-domains', 2),
    ];
    expect(crossEntryProblems(content({ modules }))).toEqual([]);
  });
});

describe('module order', () => {
  const problem = (file: string, message: string) => ({
    file: `courses/assessment/${file}.mdx`,
    field: 'order',
    message,
  });
  it.each<[string, number[], { file: string; field: string; message: string }[]]>([
    [
      '1, 3',
      [1, 3],
      [
        problem(
          'm1',
          'The modules of course `assessment` are numbered 1, 3: number 2 is missing. Renumber them 1, 2, 3… with no gaps.',
        ),
      ],
    ],
    [
      '2, 3',
      [2, 3],
      [
        problem(
          'm0',
          'The modules of course `assessment` are numbered 2, 3: number 1 is missing. Renumber them 1, 2, 3… with no gaps.',
        ),
      ],
    ],
    [
      '5, 1, 4',
      [5, 1, 4],
      [
        problem(
          'm2',
          'The modules of course `assessment` are numbered 1, 4, 5: numbers 2 and 3 are missing. Renumber them 1, 2, 3… with no gaps.',
        ),
      ],
    ],
    [
      '1, 1',
      [1, 1],
      [
        problem(
          'm1',
          'courses/assessment/m0.mdx already has `order: 1`. Give each module in the course its own number.',
        ),
      ],
    ],
    [
      '1, 2, 2, 3',
      [1, 2, 2, 3],
      [
        problem(
          'm2',
          'courses/assessment/m1.mdx already has `order: 2`. Give each module in the course its own number.',
        ),
      ],
    ],
    ['3, 1, 2', [3, 1, 2], []],
  ])('numbered %s in file order', (_, orders, expected) => {
    const modules = orders.map((order, i) => ({
      ...module(`module-${i}`, order),
      file: `courses/assessment/m${i}.mdx`,
    }));
    expect(crossEntryProblems(content({ modules }))).toEqual(expected);
  });

  it('is counted per course', () => {
    const other = (id: string, order: number) => ({
      ...module(id, order, { course: 'risk' }),
      file: `courses/risk/${order}-${id}.mdx`,
    });
    const ok = content({
      courses: [course('assessment'), course('risk')],
      modules: [module('a-one', 1), module('a-two', 2), other('r-one', 1), other('r-two', 2)],
    });
    expect(crossEntryProblems(ok)).toEqual([]);
    const gap = content({
      courses: [course('assessment'), course('risk')],
      modules: [module('a-one', 1), module('a-two', 2), other('r-one', 1), other('r-three', 3)],
    });
    expect(crossEntryProblems(gap)).toEqual([
      expect.objectContaining({
        file: 'courses/risk/3-r-three.mdx',
        field: 'order',
        message: expect.stringContaining('course `risk` are numbered 1, 3'),
      }),
    ]);
  });
});

describe('rules within one module', () => {
  it('reports a module that is its own prerequisite', () => {
    const modules = [
      module('why-it-matters', 1),
      module('three-domains', 2, { prerequisites: ['why-it-matters', 'three-domains'] }),
    ];
    expect(crossEntryProblems(content({ modules }))).toEqual([
      {
        file: 'courses/assessment/2-three-domains.mdx',
        field: 'prerequisites',
        message: 'A module cannot be its own prerequisite: remove its own id from the list.',
      },
    ]);
  });

  it('reports a Reflection id used twice in one module, at the second use', () => {
    const reflections = [
      use('Reflection', { id: 'first-impressions' }, 8),
      use('Reflection', { id: 'other' }, 12),
      use('Reflection', { id: 'first-impressions' }, 20),
    ];
    const modules = [module('why-it-matters', 1, {}, reflections), module('three-domains', 2)];
    expect(crossEntryProblems(content({ modules }))).toEqual([
      {
        file: 'courses/assessment/1-why-it-matters.mdx',
        field: 'line 20 <Reflection> id',
        message:
          "The id `first-impressions` is already used by another Reflection in this file: give each its own, because learners' notes are saved under it.",
      },
    ]);
  });

  it('allows the same Reflection id in two modules', () => {
    const modules = [
      module('why-it-matters', 1, {}, [use('Reflection', { id: 'notes' })]),
      module('three-domains', 2, {}, [use('Reflection', { id: 'notes' })]),
    ];
    expect(crossEntryProblems(content({ modules }))).toEqual([]);
  });
});

it('reports a course that no module belongs to', () => {
  expect(crossEntryProblems(content({ courses: [course('assessment'), course('risk')] }))).toEqual([
    {
      file: 'courses/risk/course.yaml',
      field: 'id',
      message: 'No module belongs to this course yet: add a module with `course: risk` in its details.',
    },
  ]);
});

describe('links to a section of a module', () => {
  const withHeadings = { ...module('three-domains', 2), headings: ['first-steps', 'who-lives-here'] };

  it('accept a heading anchor the module has', () => {
    const linked = content({
      modules: [module('why-it-matters', 1), withHeadings],
      cases: [caseStudy('kim-ava-leo', 'three-domains', 'who-lives-here')],
    });
    expect(crossEntryProblems(linked)).toEqual([]);
  });

  it('suggest the closest anchor for a misspelt one', () => {
    const linked = content({
      modules: [module('why-it-matters', 1), withHeadings],
      cases: [caseStudy('kim-ava-leo', 'three-domains', 'first-step')],
    });
    expect(crossEntryProblems(linked)).toEqual([
      {
        file: 'cases/kim-ava-leo.yaml',
        field: 'stages[0].questions[0].learnMore.section',
        message: 'Module `three-domains` has no heading with the anchor `first-step`: did you mean `first-steps`?',
      },
    ]);
  });

  it('say what to do when the module has no headings at all', () => {
    const [problem] = crossEntryProblems(
      content({ cases: [caseStudy('kim-ava-leo', 'three-domains', 'first-steps')] }),
    );
    expect(problem?.field).toBe('stages[0].questions[0].learnMore.section');
    expect(problem?.message).not.toMatch(/one of: ?\.$/);
  });
});

describe('entries that failed their own check', () => {
  const failed = (entry: FailedEntry) => [entry];

  it.each<[string, Partial<ValidatedContent>, FailedEntry]>([
    ['a course that modules point at', { courses: [] }, { collection: 'courses', id: 'assessment' }],
    [
      'a module that is a prerequisite',
      { modules: [module('three-domains', 2, { prerequisites: 'why-it-matters' })] },
      { collection: 'modules', id: 'why-it-matters', course: 'assessment', order: 1 },
    ],
    [
      'a resource that is referenced',
      { modules: [module('why-it-matters', 1, { references: 'munro-2011' }), module('three-domains', 2)] },
      { collection: 'resources', id: 'munro-2011' },
    ],
    [
      'a glossary term that is related',
      { glossary: [glossaryTerm('rule-of-optimism', { related: 'professional-curiosity' })] },
      { collection: 'glossary', id: 'professional-curiosity' },
    ],
  ])('are not reported again as missing: %s', (_, change, entry) => {
    expect(crossEntryProblems(content(change), failed(entry))).toEqual([]);
  });

  it('hold their place in the module order', () => {
    const modules = [module('why-it-matters', 1), module('risk', 3)];
    expect(
      crossEntryProblems(
        content({ modules }),
        failed({ collection: 'modules', id: 'three-domains', course: 'assessment', order: 2 }),
      ),
    ).toEqual([]);
  });

  it('still count towards a repeated order number', () => {
    const problems = crossEntryProblems(
      content(),
      failed({ collection: 'modules', id: 'risk', course: 'assessment', order: 2 }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'courses/assessment/2-three-domains.mdx', field: 'order' }),
    ]);
  });

  it('keep a course from being reported as empty', () => {
    expect(
      crossEntryProblems(
        content({ modules: [] }),
        failed({ collection: 'modules', id: 'why-it-matters', course: 'assessment', order: 1 }),
      ),
    ).toEqual([]);
  });

  it('of another collection do not stand in for the missing entry', () => {
    const modules = [module('why-it-matters', 1, { references: 'munro-2011' }), module('three-domains', 2)];
    expect(crossEntryProblems(content({ modules }), failed({ collection: 'glossary', id: 'munro-2011' }))).toEqual([
      expect.objectContaining({ field: 'references[0]' }),
    ]);
  });
});
