import { expect, it } from 'vitest';
import { GUIDE_EXAMPLES, guideExamples } from '../../../src/data/guide-examples.ts';
import { COLLECTION_NAMES } from '../../../src/schemas/collections.ts';
import { readContentFiles } from '../../../src/validation/read-content.ts';
import { validateContent } from '../../../src/validation/validate-content.ts';

// The trainers' guide carries its own examples, so it builds whatever the content folder holds.

it('are checked as content is, and pass', () => {
  expect(validateContent(readContentFiles(GUIDE_EXAMPLES)).problems).toEqual([]);
});

it('are one case, one glossary term and one resource, each marked as an example in its file', () => {
  const examples = guideExamples();
  expect(COLLECTION_NAMES.map((name) => [name, examples[name].length])).toEqual([
    ['courses', 0],
    ['modules', 0],
    ['cases', 1],
    ['talks', 0],
    ['resources', 1],
    ['glossary', 1],
  ]);
  for (const file of readContentFiles(GUIDE_EXAMPLES))
    expect(file.text).toMatch(/^# The trainers' guide's own example/m);
});

it("have ids of their own, used by none of the site's own content", () => {
  const content = validateContent(readContentFiles('content')).content;
  const examples = guideExamples();
  for (const name of ['cases', 'glossary', 'resources'] as const) {
    const used = new Set(content[name].map((entry) => entry.data.id));
    expect(examples[name].filter((entry) => used.has(entry.data.id))).toEqual([]);
  }
});
