import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { imageSize } from '../utils/image-size.ts';
import type { SourceFile } from './parse-source.ts';
import type { Problem } from './problem.ts';
import { checkSettingsFile } from './settings-file.ts';

/**
 * Checks the site settings file: its syntax, its fields, and the files it names (the logo and the
 * accessibility statement), which are read from beside it. A file with nothing in it but comments
 * leaves every field to its default.
 */
export function checkSiteSettings(file: SourceFile): { value?: SiteSettings; problems: Problem[] } {
  const { value, data, problems } = checkSettingsFile(siteSchema, file);
  if (data === undefined) return { problems };
  const files = namedFileProblems(data as Record<string, unknown>, dirname(file.path), file.path);
  return { ...(value && { value }), problems: [...problems, ...files] };
}

/**
 * The files the settings name, which must be in the content folder and readable. Each is checked once
 * its own field is right, whatever is wrong elsewhere in the file, so one run lists every problem.
 */
function namedFileProblems(data: Record<string, unknown>, folder: string, file: string): Problem[] {
  const { logo, accessibilityStatement } = siteSchema.shape;
  const problems: Problem[] = [];
  const logoFile = logo.safeParse(data['logo']).data?.src;
  if (logoFile) {
    const message = logoProblem(join(folder, logoFile));
    if (message) problems.push({ file, field: 'logo.src', message });
  }
  const statement = accessibilityStatement.safeParse(data['accessibilityStatement']).data;
  if (statement) problems.push(...statementProblems(join(folder, statement), file));
  return problems;
}

/** The organisation's own accessibility statement: there, not empty, and under the page's own title. */
function statementProblems(path: string, file: string): Problem[] {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const orUseOurs = 'or leave `accessibilityStatement` out to use the site’s own.';
  if (text === undefined) {
    return [
      {
        file,
        field: 'accessibilityStatement',
        message: `There is no file ${path}: write the statement there, ${orUseOurs}`,
      },
    ];
  }
  if (text.trim() === '') {
    return [
      { file, field: 'accessibilityStatement', message: `${path} is empty: write the statement there, ${orUseOurs}` },
    ];
  }
  return statementHeadingProblems(text, path);
}

/** What is wrong with the logo file at `path`, if anything. */
function logoProblem(path: string): string | undefined {
  if (!existsSync(path)) return `There is no file ${path}: put the logo there, or correct the file name.`;
  const bytes = readFileSync(path);
  const size = imageSize(bytes);
  const format = extname(path).slice(1).toLowerCase();
  if (size?.format === format) return undefined;
  if (format === 'svg' && /<svg\b/i.test(bytes.toString('utf8'))) {
    return `${path} does not say its size: give its \`<svg>\` tag a viewBox, for example \`viewBox="0 0 240 60"\`.`;
  }
  return `${path} cannot be read as ${format === 'svg' ? 'an SVG' : 'a PNG'} image: export the logo again, as a PNG file ending in \`.png\` or an SVG file ending in \`.svg\`.`;
}

/**
 * The statement goes under the page's own title ("Accessibility statement"), so its headings start at
 * `##`: a `# ` heading would give the page a second title.
 */
function statementHeadingProblems(text: string, path: string): Problem[] {
  let fenced = false;
  return text.split(/\r?\n/).flatMap((line, index) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !/^\s{0,3}#(\s|$)/.test(line)) return [];
    return [
      {
        file: path,
        field: `line ${index + 1}`,
        message: 'The page already has its title, “Accessibility statement”: start the headings here at `##`.',
      },
    ];
  });
}
