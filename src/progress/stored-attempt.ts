import type { Answer, CaseAttempt, QuestionResponse } from '../cases/attempt.ts';
import { hasOnly, isId, isIdList, isRecord, isTime } from './checks.ts';

function isAnswer(value: unknown): value is Answer {
  if (!isRecord(value)) return false;
  switch (value['kind']) {
    case 'single':
      return hasOnly(value, ['kind', 'optionId']) && isId(value['optionId']);
    case 'multiple':
      return hasOnly(value, ['kind', 'optionIds']) && isIdList(value['optionIds']);
    case 'ranking':
      return hasOnly(value, ['kind', 'order']) && isIdList(value['order']);
    case 'rating':
      return hasOnly(value, ['kind', 'value']) && Number.isFinite(value['value']);
    case 'reflection':
      return hasOnly(value, ['kind', 'text']) && typeof value['text'] === 'string' && value['text'].length <= 20_000;
    default:
      return false;
  }
}

function isResponse(value: unknown): value is QuestionResponse {
  if (!isRecord(value) || !hasOnly(value, ['questionId', 'answer', 'confidence', 'answeredAt'])) return false;
  const { questionId, answer, confidence, answeredAt } = value;
  const confidenceOk = confidence === null || (typeof confidence === 'number' && confidence >= 0 && confidence <= 100);
  return isId(questionId) && (answer === null || isAnswer(answer)) && confidenceOk && isTime(answeredAt);
}

const ATTEMPT_KEYS = [
  'id',
  'caseId',
  'caseVersion',
  'startedAt',
  'updatedAt',
  'completedAt',
  'revealedStages',
  'responses',
];

/** The attempt, if `value` is a well-formed one; anything else (old, hand-edited, hostile) is refused. */
export function isStoredAttempt(value: unknown): value is CaseAttempt {
  if (!isRecord(value) || !hasOnly(value, ATTEMPT_KEYS)) return false;
  const { responses, revealedStages } = value;
  return (
    isId(value['id']) &&
    isId(value['caseId']) &&
    typeof value['caseVersion'] === 'string' &&
    value['caseVersion'].length <= 64 &&
    isTime(value['startedAt']) &&
    isTime(value['updatedAt']) &&
    (value['completedAt'] === null || isTime(value['completedAt'])) &&
    Number.isInteger(revealedStages) &&
    (revealedStages as number) >= 1 &&
    (revealedStages as number) <= 1000 &&
    isRecord(responses) &&
    Object.entries(responses).every(([key, response]) => isResponse(response) && response.questionId === key)
  );
}
