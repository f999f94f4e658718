import type { CaseStudy } from '../schemas/case.ts';
import { CONFIDENCE_LEVELS, responseTo, type CaseAttempt } from './attempt.ts';
import { scoreQuestion } from './scoring.ts';

/** One judgement: the confidence stated (0.5 to 1) and how it turned out (the question's score, 0 to 1). */
export interface CalibrationPoint {
  confidence: number;
  outcome: number;
}

/** The judgements of one attempt: every answered scored question with a stated confidence, in case order. */
export function calibrationPoints(study: CaseStudy, attempt: CaseAttempt): CalibrationPoint[] {
  return study.stages.flatMap((stage) =>
    stage.questions.flatMap((question) => {
      const response = responseTo(attempt, question.id);
      if (!response || response.answer === null || response.confidence === null) return [];
      const outcome = scoreQuestion(question, response.answer);
      return outcome === null ? [] : [{ confidence: response.confidence / 100, outcome }];
    }),
  );
}

/** The judgements made at one stated confidence: `[from, to)`, the last band holding exactly 100%. */
export interface ConfidenceBand {
  label: string;
  from: number;
  to: number;
  count: number;
  meanConfidence: number | null;
  accuracy: number | null;
}

/** How well stated confidence matched outcomes. */
export interface Calibration {
  count: number;
  /** Mean of (confidence − outcome)²: 0 is perfect, lower is better. `null` with no points. */
  brier: number | null;
  /** One band per confidence level, always all six; an empty band has count 0 and nulls. */
  bands: ConfidenceBand[];
  meanConfidence: number | null;
  /** Mean outcome. */
  accuracy: number | null;
  /** `meanConfidence - accuracy`: above 0 is over-confident, below 0 under-confident. */
  bias: number | null;
  reading: 'not-enough' | 'well-calibrated' | 'over-confident' | 'under-confident';
}

/** Fewer judgements than this say too little to read calibration from. */
export const MIN_POINTS_FOR_READING = 5;

/** A bias within this distance of 0 reads as well calibrated. */
export const CALIBRATION_TOLERANCE = 0.1;

// Float sums put 0.8 − 0.7 at 0.10000000000000009; a bias exactly on the tolerance reads as calibrated.
const EPSILON = 1e-9;

const mean = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);

/** Index of the band for a confidence; values outside 0.5 to 1 go to the nearest end band. */
function bandIndex(confidence: number): number {
  const index = Math.floor(confidence * 10 + EPSILON) - CONFIDENCE_LEVELS[0] / 10;
  return Math.min(Math.max(index, 0), CONFIDENCE_LEVELS.length - 1);
}

function band(level: number, next: number | undefined, points: CalibrationPoint[]): ConfidenceBand {
  return {
    label: `${level}%`,
    from: level / 100,
    to: (next ?? level) / 100,
    count: points.length,
    meanConfidence: mean(points.map((p) => p.confidence)),
    accuracy: mean(points.map((p) => p.outcome)),
  };
}

function reading(count: number, bias: number | null): Calibration['reading'] {
  if (count < MIN_POINTS_FOR_READING || bias === null) return 'not-enough';
  if (bias > CALIBRATION_TOLERANCE + EPSILON) return 'over-confident';
  if (bias < -CALIBRATION_TOLERANCE - EPSILON) return 'under-confident';
  return 'well-calibrated';
}

/** Calibration over any set of judgements: one attempt, or every case the learner has done. */
export function calibrate(points: CalibrationPoint[]): Calibration {
  const bands = CONFIDENCE_LEVELS.map((level, i) =>
    band(
      level,
      CONFIDENCE_LEVELS[i + 1],
      points.filter((p) => bandIndex(p.confidence) === i),
    ),
  );
  const meanConfidence = mean(points.map((p) => p.confidence));
  const accuracy = mean(points.map((p) => p.outcome));
  const bias = meanConfidence === null || accuracy === null ? null : meanConfidence - accuracy;
  return {
    count: points.length,
    brier: mean(points.map((p) => (p.confidence - p.outcome) ** 2)),
    bands,
    meanConfidence,
    accuracy,
    bias,
    reading: reading(points.length, bias),
  };
}
