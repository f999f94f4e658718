import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { t } from '../../../src/i18n/t.ts';
import { checkContentFolder } from '../../../src/validation/check-folder.ts';

// The trainers' guide quotes the content check's messages; this keeps every quote true to what the
// check prints for the malformed fixtures, so the guide cannot drift from the code.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const malformed = join(root, 'tests/fixtures/malformed');
// The pages that quote messages: the one on errors, and those on the site settings and search words.
const guide = ['errors.mdx', 'site-settings.mdx', 'search-words.mdx']
  .map((page) => readFileSync(join(root, 'src/pages/trainers', page), 'utf8'))
  .join('\n');

const printed = new Set(
  readdirSync(malformed).flatMap((fixture) =>
    checkContentFolder(join(malformed, fixture), root).problems.map((p) =>
      // The guide shows paths as a trainer's project has them: under content/.
      p.message.replaceAll(`tests/fixtures/malformed/${fixture}/`, 'content/'),
    ),
  ),
);
const quoted = [...guide.matchAll(/^\S+ · [^·\n]+ · (.+)$/gm)].map((match) => match[1] ?? '');

it('quotes messages from the content check', () => {
  expect(quoted.length).toBeGreaterThan(10);
});

it.each(quoted)('quotes a message the check really prints: %s', (message) => {
  expect(printed).toContain(message);
});

it('quotes what the preview really prints and shows', () => {
  const publishing = readFileSync(join(root, 'src/pages/trainers/publishing.mdx'), 'utf8');
  const guard = readFileSync(join(root, 'src/integrations/content-guard.ts'), 'utf8');
  expect(publishing).toContain(`"${t('preview.problems.many', { count: 2 })}"`);
  expect(guide).toContain(`"${t('preview.problems.many', { count: 2 })}"`);
  expect(publishing).toContain('`Content check: no problems.`');
  expect(guard).toContain("'Content check: no problems.'");
});

it("names the offline buttons as learners see them, on the guide's page on offline use", () => {
  const offline = readFileSync(join(root, 'src/pages/trainers/offline.mdx'), 'utf8');
  for (const label of [t('offline.save.button'), t('data.delete'), t('offline.notice.update')])
    expect(offline).toContain(label.replace(/\.$/, ''));
});

it("names what learners see in a package as they see it, on the guide's page on LMS records", () => {
  const lms = readFileSync(join(root, 'src/pages/trainers/lms.mdx'), 'utf8');
  for (const label of [t('lms.contents'), t('lms.refused').split('.')[0]!]) expect(lms).toContain(label);
});
