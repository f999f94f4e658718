import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkContentFolder } from '../../../src/validation/check-folder.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

it('reports a content folder that is not there, as a wrong TRIANGULATE_CONTENT would give', () => {
  expect(checkContentFolder(join(projectRoot, 'tests/fixtures/no-such-folder'), projectRoot).problems).toEqual([
    {
      file: 'tests/fixtures/no-such-folder',
      field: 'folder',
      message: expect.stringContaining('There is no such folder. Set TRIANGULATE_CONTENT'),
    },
  ]);
});

it('finds nothing wrong with a valid folder', () => {
  expect(checkContentFolder(join(projectRoot, 'tests/fixtures/valid'), projectRoot).problems).toEqual([]);
});
