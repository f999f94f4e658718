import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/validation/read-content.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';
import { prose, sourcedFigures, wordCount } from '../../support/editorial.ts';

// The editorial rules for the real courses (issue: "The courses"). The schema makes objectives
// required; these add what every module owes a learner, and keep figures to the verified brief.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const { content } = validateContent(readContentFiles(`${root}content`, root));

// The brief lives outside the repository (../shared), so its figures are kept in a fixture beside the tests.
const briefFigures = new Set(
  readFileSync(`${root}tests/fixtures/brief-figures.txt`, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#')),
);
const proseOf = (file: string) => prose(readFileSync(`${root}${file}`, 'utf8'));

describe.each(content.modules.map((m) => [m.data.id, m] as const))('module %s', (_, module) => {
  const uses = (name: string) => module.components.filter((usage) => usage.name === name);

  it('asks at least two Reflection prompts', () => {
    expect(uses('Reflection').length).toBeGreaterThanOrEqual(2);
  });

  it('cites at least one reference', () => {
    expect(module.data.references.length).toBeGreaterThan(0);
  });

  it('embeds exactly one case, which unfolds in three stages or more', () => {
    expect(uses('Case')).toHaveLength(1);
    const study = content.cases.find((c) => c.data.id === uses('Case')[0]?.attributes['id']);
    expect(study?.data.stages.length).toBeGreaterThanOrEqual(3);
  });

  it('closes with its key points', () => {
    expect(uses('Callout').some((usage) => usage.attributes['type'] === 'key-point')).toBe(true);
  });

  it('is 1,200 to 2,500 words long', () => {
    const words = wordCount(proseOf(module.file));
    expect(words).toBeGreaterThanOrEqual(1200);
    expect(words).toBeLessThanOrEqual(2500);
  });

  it('quotes no figure from a review, report or study that the verified brief does not hold', () => {
    expect(sourcedFigures(proseOf(module.file)).filter((figure) => !briefFigures.has(figure))).toEqual([]);
  });
});

describe('the library around the courses', () => {
  it('has the three courses with at least 7, 5 and 3 modules', () => {
    const count = (course: string) => content.modules.filter((m) => m.data.course === course).length;
    expect(count('assessment-and-decision-making')).toBeGreaterThanOrEqual(7);
    expect(count('judgement-in-family-assessments')).toBeGreaterThanOrEqual(5);
    expect(count('listening-to-children')).toBeGreaterThanOrEqual(3);
  });

  it('claims no more CPD time for a course than its modules and talks add up to', () => {
    const parts = (id: string) =>
      [...content.modules, ...content.talks]
        .filter((entry) => entry.data.course === id)
        .reduce((sum, entry) => sum + entry.data.cpdMinutes, 0);
    expect(content.courses.filter((c) => c.data.cpdMinutes > parts(c.data.id)).map((c) => c.data.id)).toEqual([]);
  });

  it('has at least 30 resources and 50 glossary terms', () => {
    expect(content.resources.length).toBeGreaterThanOrEqual(30);
    expect(content.glossary.length).toBeGreaterThanOrEqual(50);
  });

  it('links every glossary term from at least one module', () => {
    const linked = new Set(
      content.modules.flatMap((m) => m.components.filter((u) => u.name === 'GlossaryTerm').map((u) => u.attributes['id'])),
    );
    expect(content.glossary.map((g) => g.data.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  it('gives every resource a type, topics and an audience', () => {
    expect(content.resources.filter((r) => r.data.topics.length === 0 || r.data.audience.length === 0).map((r) => r.data.id)).toEqual([]);
  });

  it('gives every resource a two-sentence summary', () => {
    const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    expect(content.resources.filter((r) => sentences(r.data.summary) !== 2).map((r) => r.data.id)).toEqual([]);
  });
});
