// Plays the real seed case, content/cases/kim-ava-leo.yaml, from start to finish.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  advance,
  canAdvance,
  finish,
  isLocked,
  isOnEarlierVersion,
  respond,
  skip,
  startAttempt,
  type Answer,
  type CaseAttempt,
} from '../../../src/cases/attempt.ts';
import { calibrate, calibrationPoints } from '../../../src/cases/calibration.ts';
import { caseFingerprint } from '../../../src/cases/fingerprint.ts';
import { bestAndLatest, judgementTrail, scoreAttempt } from '../../../src/cases/scoring.ts';
import { caseSchema, type CaseQuestion } from '../../../src/schemas/case.ts';
import { modelAnswer } from '../../support/seed-case.ts';

const study = caseSchema.parse(
  parse(readFileSync(new URL('../../../content/cases/kim-ava-leo.yaml', import.meta.url), 'utf8')),
);

/** Plays the case stage by stage, answering as `choose` says (`null` skips), at 90% confidence. */
function play(id: string, choose: (question: CaseQuestion) => Answer | null, now: string): CaseAttempt {
  let attempt = startAttempt(study, id, now);
  for (const [index, stage] of study.stages.entries()) {
    if (index > 0) {
      expect(canAdvance(study, attempt)).toBe(true);
      attempt = advance(study, attempt, now);
    }
    for (const question of stage.questions) {
      const answer = choose(question);
      const confidence = answer && question.kind !== 'reflection' ? 90 : null;
      attempt = respond(study, attempt, { questionId: question.id, answer, confidence, answeredAt: now });
      expect(isLocked(study, attempt, question.id)).toBe(true);
    }
  }
  return finish(study, attempt, now);
}

const model = play('model', modelAnswer, '2026-03-01T10:00:00.000Z');
const skipped = play('skipped', () => null, '2026-03-02T10:00:00.000Z');

describe('the seed case', () => {
  it('has four stages and a stable fingerprint on the current version', () => {
    expect(study.stages.map((s) => s.id)).toEqual(['referral', 'announced-visit', 'checks', 'gp-and-engagement']);
    expect(caseFingerprint(study)).toBe(model.caseVersion);
    expect(isOnEarlierVersion(study, model)).toBe(false);
  });

  it('hides later stages at the start', () => {
    const start = startAttempt(study, 'start', '2026-03-01T10:00:00.000Z');
    expect(() => skip(study, start, 'checks-priorities', '2026-03-01T10:00:00.000Z')).toThrow(/not yet revealed/);
  });

  it('gives full marks to the model answers', () => {
    const score = scoreAttempt(study, model);
    expect(score).toMatchObject({ earned: 7, possible: 7, percent: 100, passed: true, passMark: 70 });
    expect(score.stages.map((s) => s.percent)).toEqual([100, 100, 100, 100]);
  });

  it('traces both risk ratings against the expert ranges', () => {
    expect(judgementTrail(study, model).map((p) => [p.stageId, p.value, p.expertRange])).toEqual([
      ['announced-visit', 5, [5, 7]],
      ['checks', 7, [7, 9]],
    ]);
  });

  it('reads 90% confidence on all-correct answers as well calibrated', () => {
    const calibration = calibrate(calibrationPoints(study, model));
    expect(calibration).toMatchObject({ count: 7, reading: 'well-calibrated' });
    expect(calibration.brier).toBeCloseTo(0.01, 10);
  });

  it('scores everything skipped as 0 and keeps both attempts', () => {
    expect(scoreAttempt(study, skipped)).toMatchObject({ earned: 0, percent: 0, passed: false });
    expect(calibrate(calibrationPoints(study, skipped)).reading).toBe('not-enough');
    expect(bestAndLatest(study, [model, skipped])).toEqual({ best: model, latest: skipped });
  });
});
