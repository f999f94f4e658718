import { describe, expect, it } from 'vitest';
import { SITE_DEFAULTS } from '../../../src/schemas/site.ts';
import { formatReport } from '../../../src/validation/problem.ts';
import { checkSiteSettings } from '../../../src/validation/site-settings.ts';

// Settings written in the test, as if saved at `folder`/site.yaml: the files they name are read from there.
const check = (text: string, folder = 'tests/fixtures/site-files') =>
  checkSiteSettings({ path: `${folder}/site.yaml`, format: 'yaml', text });
const reportFor = (text: string, folder?: string) => formatReport(check(text, folder).problems);

describe('checkSiteSettings', () => {
  it('reads a file of nothing but comments as every default', () => {
    const { value, problems } = check('# yaml-language-server: $schema=../../../src/schemas/json/site.schema.json\n\n');
    expect(problems).toEqual([]);
    expect(value).toEqual(SITE_DEFAULTS);
  });

  it('reads the organisation fixture’s settings, logo and statement without a problem', () => {
    const { value, problems } = checkSiteSettings({
      path: 'tests/fixtures/organisation/site.yaml',
      format: 'yaml',
      text: 'name: Northfield Learning\nlogo:\n  src: images/northfield-logo.svg\n  alt: Northfield Safeguarding Partnership\naccessibilityStatement: accessibility.md\n',
    });
    expect(problems).toEqual([]);
    expect(value?.logo?.src).toBe('images/northfield-logo.svg');
  });

  it('lists every mistake in one run, each as file · field · what to write instead', () => {
    expect(
      reportFor(
        [
          `name: ${'N'.repeat(61)}`,
          "shortName: ''",
          'organisation:',
          '  name: Northfield Safeguarding Partnership',
          '  url: http://northfield.example/',
          'licence:',
          '  url: https://creativecommons.org/licenses/by/4.0/',
          'contact: 01632 960000',
          'accessibilityStatement: accessibility.docx',
          'colour: blue',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      "The content has 7 problems to fix:

      tests/fixtures/site-files/site.yaml · accessibilityStatement · Write the statement in a Markdown file whose name ends in \`.md\`, for example \`accessibility.md\`.
      tests/fixtures/site-files/site.yaml · colour · Unknown field \`colour\`: remove it, or check its spelling. The fields allowed here are: name, shortName, tagline, description, organisation, logo, contact, footer, licence, learningRecordStore, accessibilityStatement.
      tests/fixtures/site-files/site.yaml · contact · Write an email address, for example \`learning@example.org\`, or a web address starting with https://, for example \`https://example.org/contact\`.
      tests/fixtures/site-files/site.yaml · licence.name · Add \`name:\` with text: it is required (the licence’s short name, for example \`CC BY 4.0\` or \`CC BY-NC-SA 4.0\`).
      tests/fixtures/site-files/site.yaml · name · Keep the name to 60 characters or fewer: it goes after every page’s title.
      tests/fixtures/site-files/site.yaml · organisation.url · Write a full address starting with https://, or leave \`url\` out.
      tests/fixtures/site-files/site.yaml · shortName · Write some text here: it must not be blank.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('checks the files the settings name in the same run as their other fields', () => {
    expect(
      reportFor(
        'logo:\n  src: not-an-image.png\n  alt: Northfield Safeguarding Partnership\naccessibilityStatement: empty.md\ncontact: 01632 960000\n',
      ),
    ).toMatchInlineSnapshot(`
      "The content has 3 problems to fix:

      tests/fixtures/site-files/site.yaml · accessibilityStatement · tests/fixtures/site-files/empty.md is empty: write the statement there, or leave \`accessibilityStatement\` out to use the site’s own.
      tests/fixtures/site-files/site.yaml · contact · Write an email address, for example \`learning@example.org\`, or a web address starting with https://, for example \`https://example.org/contact\`.
      tests/fixtures/site-files/site.yaml · logo.src · tests/fixtures/site-files/not-an-image.png cannot be read as a PNG image: export the logo again, as a PNG file ending in \`.png\` or an SVG file ending in \`.svg\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('asks for a viewBox when an SVG logo does not say its size', () => {
    expect(reportFor('logo:\n  src: no-size.svg\n  alt: Northfield Safeguarding Partnership\n')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/site-files/site.yaml · logo.src · tests/fixtures/site-files/no-size.svg does not say its size: give its \`<svg>\` tag a viewBox, for example \`viewBox="0 0 240 60"\`.

      Each line reads: file · field · what to write instead."
    `);
  });

  it('reports a syntax error by its line, like any other YAML file', () => {
    expect(reportFor('name: Northfield Learning\ntagline: Learning: for everyone\n')).toMatchInlineSnapshot(`
      "The content has 1 problem to fix:

      tests/fixtures/site-files/site.yaml · line 2 · This line has a second colon, or a line below it is indented too far. Put text that contains a colon in quotes, for example \`tagline: "Risk: a moving picture"\`.

      Each line reads: file · field · what to write instead."
    `);
  });
});
