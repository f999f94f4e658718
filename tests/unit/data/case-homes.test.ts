import { describe, expect, it } from 'vitest';
import { caseHomes } from '../../../src/data/case-homes.ts';

const module = (id: string, body: string) => ({ id, body });

describe('caseHomes', () => {
  it.each([
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
