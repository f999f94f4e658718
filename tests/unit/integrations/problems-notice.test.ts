import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { problemsNotice, problemsPage, withProblemsNotice } from '../../../src/integrations/problems-notice.ts';
import type { Problem } from '../../../src/validation/problem.ts';

const minutes: Problem = {
  file: 'content/courses/basics/01-first.mdx',
  field: 'minutes',
  message: 'Write a whole number of minutes, for example `30`.',
};
const component: Problem = {
  file: 'content/courses/basics/01-first.mdx',
  field: 'line 12 <Case> id',
  message: 'There is no case with the id `kim-ava-le`: did you mean `kim-ava-leo`?',
};

it('lists every problem as the terminal prints it, file · field · fix, in reading order', () => {
  const notice = parse(problemsNotice([minutes, component]));
  expect(notice.querySelector('h2')?.text).toBe('The content has 2 problems to fix');
  expect(notice.querySelectorAll('li').map((li) => li.text)).toEqual([
    'content/courses/basics/01-first.mdx · line 12 <Case> id · There is no case with the id `kim-ava-le`: did you mean `kim-ava-leo`?',
    'content/courses/basics/01-first.mdx · minutes · Write a whole number of minutes, for example `30`.',
  ]);
  expect(problemsNotice([minutes])).toContain('The content has 1 problem to fix');
});

it('writes the text of a problem as text, never as markup', () => {
  expect(problemsNotice([component])).toContain('&lt;Case&gt;');
  expect(problemsNotice([component])).not.toContain('<Case>');
});

it('puts the notice at the top of the main content, or of the body', () => {
  const page = '<html><body><header>Site</header><main id="main" tabindex="-1"><h1>Module</h1></main></body></html>';
  expect(withProblemsNotice(page, [minutes])).toMatch(
    /<main id="main" tabindex="-1"><section class="tg-problems"[^]*<h1>Module/,
  );
  expect(withProblemsNotice('<body><p>404</p></body>', [minutes])).toMatch(/^<body><section class="tg-problems"/);
});

it('shows the problems, and why, in place of a page that could not be shown', () => {
  const page = parse(problemsPage([component], new Error('/courses/basics/first/ · <Case> id · There is no case.')));
  expect(page.querySelector('h1')?.text).toBe('This page could not be shown');
  expect(page.querySelector('main > p')?.text).toContain('most likely because of one of the content problems below');
  expect(page.querySelector('main > details pre')?.text).toBe('/courses/basics/first/ · <Case> id · There is no case.');
  expect(page.querySelectorAll('li')).toHaveLength(1);
});
