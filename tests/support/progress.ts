import { readFileSync } from 'node:fs';
import type { CaseAttempt } from '../../src/cases/attempt.ts';
import { emptyProgress, readDocument, type ProgressDocument } from '../../src/progress/document.ts';
import { withAttempt } from '../../src/progress/case-attempt-store.ts';
import { saveCpdEntry } from '../../src/progress/learner-updates.ts';
import { setModuleComplete, saveReflection, visitModule } from '../../src/progress/updates.ts';

/** A stored document of an earlier (or the current) version, from tests/fixtures/progress/v<N>.json. */
export const progressFixture = (version: number): string =>
  readFileSync(new URL(`../fixtures/progress/v${version}.json`, import.meta.url), 'utf8');

/** Reads a fixture or stored text that must be readable. */
export function readOk(text: string): ProgressDocument {
  const result = readDocument(JSON.parse(text));
  if (result.status !== 'ok') throw new Error(`unreadable: ${result.status}`);
  return result.document;
}

export const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 9, minute)).toISOString();

export const moduleInfo = (id: string) => ({
  id,
  courseId: 'assessment-and-decision-making',
  title: `Module ${id}`,
  cpdMinutes: 30,
  href: `/courses/assessment-and-decision-making/${id}/`,
});

export const attempt = (id: string, updatedAt = at(0), caseId = 'kim-ava-leo'): CaseAttempt => ({
  id,
  caseId,
  caseVersion: 'abcd1234',
  startedAt: at(0),
  updatedAt,
  completedAt: null,
  revealedStages: 1,
  responses: {},
});

/** A learner with something in every part of the document. */
export function busyLearner(): ProgressDocument {
  let doc = emptyProgress();
  doc = visitModule(doc, moduleInfo('why-assessment-matters'), at(1));
  doc = setModuleComplete(doc, moduleInfo('why-assessment-matters'), true, 'learner', at(2));
  doc = visitModule(doc, moduleInfo('a-structured-approach'), at(3));
  doc = saveReflection(doc, 'first-impressions', 'why-assessment-matters', 'Settled too early.', at(4));
  doc = saveCpdEntry(doc, 'own-1', { date: '2026-11-20', activity: 'Supervision', minutes: 45, notes: '' }, at(5));
  doc = withAttempt(doc, attempt('attempt-1', at(6)));
  return doc;
}

/** Every record of a document, as `section.key` names: what "nothing lost" is checked against. */
export function recordNames(doc: ProgressDocument): string[] {
  return [
    ...(['modules', 'talks', 'reflections', 'cpd'] as const).flatMap((s) =>
      Object.keys(doc[s]).map((k) => `${s}.${k}`),
    ),
    ...Object.entries(doc.caseAttempts).flatMap(([c, list]) => list.map((a) => `caseAttempts.${c}.${a.id}`)),
  ].sort();
}
