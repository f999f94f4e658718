import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { withPageHashesOnly } from '../../../src/utils/page-csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

it('keeps the hashes of the inline styles and scripts on the page, and drops the others', () => {
  const [own, other] = ['p{color:red}', 'h1{margin:0}'];
  const script = 'console.log(1)';
  const policy = `default-src 'self'; script-src 'self' ${hash(script)} ${hash('other()')}; style-src 'self' ${hash(own)} ${hash(other)}`;
  const html = page(policy, `<style>${own}</style><script type="module">${script}</script>`);
  expect(withPageHashesOnly(html)).toBe(
    page(
      `default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(own)}`,
      `<style>${own}</style><script type="module">${script}</script>`,
    ),
  );
});

it('does not count an external script as inline, and leaves style attribute hashes alone', () => {
  const policy = `script-src 'self' ${hash('')}; style-src-attr 'unsafe-hashes' ${hash('text-align:left')}`;
  const html = page(policy, '<script type="module" src="/_astro/a.js"></script>');
  expect(withPageHashesOnly(html)).toBe(
    page(
      `script-src 'self'; style-src-attr 'unsafe-hashes' ${hash('text-align:left')}`,
      '<script type="module" src="/_astro/a.js"></script>',
    ),
  );
});

it('leaves a page without a policy as it is', () => {
  expect(withPageHashesOnly('<p>Hello</p>')).toBe('<p>Hello</p>');
});
