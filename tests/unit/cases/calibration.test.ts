import { describe, expect, it } from 'vitest';
import { advance, respond, skip, startAttempt } from '../../../src/cases/attempt.ts';
import { calibrate, calibrationPoints, type CalibrationPoint } from '../../../src/cases/calibration.ts';
import { caseSchema } from '../../../src/schemas/case.ts';

const NOW = '2026-03-02T10:00:00.000Z';
/** `n` judgements at one confidence, with these outcomes in turn. */
const points = (n: number, confidence: number, ...outcomes: number[]): CalibrationPoint[] =>
  Array.from({ length: n }, (_, i) => ({ confidence, outcome: outcomes[i % outcomes.length]! }));

describe('calibrate', () => {
  it('gives nulls, six empty bands and no reading with no points', () => {
    const result = calibrate([]);
    expect(result).toMatchObject({ count: 0, brier: null, meanConfidence: null, accuracy: null, bias: null });
    expect(result.reading).toBe('not-enough');
    expect(result.bands.map((b) => [b.label, b.count, b.accuracy])).toEqual(
      ['50%', '60%', '70%', '80%', '90%', '100%'].map((label) => [label, 0, null]),
    );
  });

  it.each<[string, CalibrationPoint[], number]>([
    ['certain and right', points(3, 1, 1), 0],
    ['certain and wrong', points(2, 1, 0), 1],
    ['a coin toss at 50%', points(2, 0.5, 1, 0), 0.25],
    ['mixed', [...points(1, 0.8, 1), ...points(1, 0.6, 0), ...points(1, 1, 1), ...points(1, 0.5, 0.5)], 0.1],
    ['partial credit as outcome', points(1, 0.9, 0.5), 0.16],
  ])('Brier score: %s', (_, given, brier) => {
    expect(calibrate(given).brier).toBeCloseTo(brier, 10);
  });

  it('sorts judgements into bands by stated confidence', () => {
    const given = [...points(2, 0.6, 1, 0), ...points(3, 0.9, 1, 1, 0.5), ...points(1, 1, 0)];
    expect(calibrate(given).bands).toEqual([
      { label: '50%', from: 0.5, to: 0.6, count: 0, meanConfidence: null, accuracy: null },
      { label: '60%', from: 0.6, to: 0.7, count: 2, meanConfidence: 0.6, accuracy: 0.5 },
      { label: '70%', from: 0.7, to: 0.8, count: 0, meanConfidence: null, accuracy: null },
      { label: '80%', from: 0.8, to: 0.9, count: 0, meanConfidence: null, accuracy: null },
      { label: '90%', from: 0.9, to: 1, count: 3, meanConfidence: 0.9, accuracy: 2.5 / 3 },
      { label: '100%', from: 1, to: 1, count: 1, meanConfidence: 1, accuracy: 0 },
    ]);
  });

  it.each([
    [0.3, '50%'],
    [0.5, '50%'],
    [0.7, '70%'],
    [0.95, '90%'],
    [1.2, '100%'],
  ])('puts a confidence of %f in the %s band', (confidence, label) => {
    const band = calibrate([{ confidence, outcome: 1 }]).bands.find((b) => b.count === 1);
    expect(band?.label).toBe(label);
  });

  it.each<[string, CalibrationPoint[], string, number | null]>([
    ['four points are too few', points(4, 1, 0), 'not-enough', 1],
    ['sure but often wrong', points(5, 0.9, 1, 0), 'over-confident', 0.9 - 3 / 5],
    ['unsure but right', points(5, 0.5, 1), 'under-confident', -0.5],
    ['stated 80%, right 80%', points(5, 0.8, 1, 1, 1, 1, 0), 'well-calibrated', 0],
    [
      'a bias of exactly 0.1 is within tolerance',
      points(10, 0.8, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0),
      'well-calibrated',
      0.1,
    ],
    ['just over 0.1 is over-confident', points(5, 0.9, 1, 1, 1, 0.5, 0.45), 'over-confident', 0.11],
    ['0.2 under is under-confident', points(5, 0.7, 1, 1, 1, 0.5, 1), 'under-confident', 0.7 - 4.5 / 5],
  ])('reading: %s', (_, given, reading, bias) => {
    const result = calibrate(given);
    expect(result.reading).toBe(reading);
    expect(result.bias).toBeCloseTo(bias!, 10);
  });
});

describe('calibrationPoints', () => {
  const option = (id: string, correct: boolean) => ({ id, text: id, correct, feedback: 'F.' });
  const study = caseSchema.parse({
    id: 'test-case',
    title: 'T',
    summary: 'S.',
    introduction: 'I.',
    stages: [
      {
        id: 'one',
        title: 'One',
        narrative: 'N.',
        questions: [
          { id: 'pick', kind: 'single', prompt: 'P.', options: [option('yes', true), option('no', false)] },
          { id: 'skipped', kind: 'single', prompt: 'P.', options: [option('yes', true), option('no', false)] },
          { id: 'think', kind: 'reflection', prompt: 'P.' },
        ],
      },
      {
        id: 'two',
        title: 'Two',
        narrative: 'N.',
        questions: [
          { id: 'rate', kind: 'rating', prompt: 'P.', expertRange: [6, 8], expertSource: 'U.', feedback: 'F.' },
        ],
      },
    ],
  });

  it('takes answered scored questions only, confidence as a fraction and the score as outcome', () => {
    let attempt = startAttempt(study, 'a', NOW);
    attempt = respond(study, attempt, {
      questionId: 'pick',
      answer: { kind: 'single', optionId: 'no' },
      confidence: 90,
      answeredAt: NOW,
    });
    attempt = skip(study, attempt, 'skipped', NOW);
    attempt = respond(study, attempt, {
      questionId: 'think',
      answer: { kind: 'reflection', text: 'Hm.' },
      confidence: null,
      answeredAt: NOW,
    });
    attempt = advance(study, attempt, NOW);
    attempt = respond(study, attempt, {
      questionId: 'rate',
      answer: { kind: 'rating', value: 9 },
      confidence: 60,
      answeredAt: NOW,
    });
    expect(calibrationPoints(study, attempt)).toEqual([
      { confidence: 0.9, outcome: 0 },
      { confidence: 0.6, outcome: 0.5 },
    ]);
  });
});
