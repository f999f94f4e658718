import { describe, expect, it } from 'vitest';
import { caseHomes, embedsCase } from '../../../src/data/case-homes.ts';

interface Module {
  id: string;
  body?: string;
}
const module = (id: string, body: string): Module => ({ id, body });

describe('caseHomes', () => {
  it.each<{ name: string; modules: Module[]; expected: Record<string, string> }>([
    { name: 'a case embedded once', modules: [module('a', 'Text.\n\n<Case id="kim" />')], expected: { kim: 'a' } },
    {
      name: 'the first module when a case is embedded twice',
      modules: [module('a', '<Case id="kim" />'), module('b', '<Case id="kim" />')],
      expected: { kim: 'a' },
    },
    {
      name: 'several cases in one module',
      modules: [module('a', '<Case id="kim" />\n\n<Case id="zara" />')],
      expected: { kim: 'a', zara: 'a' },
    },
    { name: 'nothing for a case shown only as code', modules: [module('a', '`<Case id="kim" />`')], expected: {} },
    { name: 'nothing for a module without a body', modules: [{ id: 'a' }], expected: {} },
  ])('finds $name', ({ modules, expected }) => {
    const homes = caseHomes(modules);
    expect(Object.fromEntries([...homes].map(([caseId, home]) => [caseId, home.id]))).toEqual(expected);
  });
});

describe('embedsCase', () => {
  it.each<{ name: string; body: string | undefined; expected: boolean }>([
    { name: 'a case on a line of its own', body: 'Text.\n\n<Case id="kim" />\n', expected: true },
    {
      name: 'a case among other components',
      body: '<Callout>\n\nNote.\n\n</Callout>\n<Case id="kim" />',
      expected: true,
    },
    { name: 'a case shown only as inline code', body: 'Write `<Case id="kim" />`.', expected: false },
    { name: 'a case shown only in a fenced block', body: '```mdx\n<Case id="kim" />\n```', expected: false },
    { name: 'other components only', body: '<Callout>\n\nNote.\n\n</Callout>', expected: false },
    { name: 'no body', body: undefined, expected: false },
  ])('is $expected for $name', ({ body, expected }) => {
    expect(embedsCase(body)).toBe(expected);
  });
});
