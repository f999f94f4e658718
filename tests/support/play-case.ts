import { expect, type Locator } from '@playwright/test';
import type { CaseQuestion, CaseStudy } from '../../src/schemas/case.ts';
import { seedCase } from './seed-case.ts';

/** A case's Markdown as its accessible name reads: without emphasis marks. */
export const plain = (html: string) => html.replace(/[*_`]/g, '').trim();

/** Answers one question with the mouse: the model answer where there is one, at 80% confidence. */
export async function answerByPointer(form: Locator, question: CaseQuestion): Promise<void> {
  if (question.kind === 'single' || question.kind === 'multiple') {
    for (const option of question.options.filter((o) => o.correct)) {
      await form.getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: plain(option.text) }).check();
    }
  }
  if (question.kind === 'rating')
    await form.getByRole('radio', { name: String(question.expertRange[0]), exact: true }).check();
  if (question.kind === 'reflection')
    await form.getByRole('textbox').fill('I would want to see both children on their own.');
  if (question.kind !== 'reflection') await form.getByRole('radio', { name: '80%' }).check();
  await form.getByRole('button', { name: /Submit answer|Save my reflection/ }).click();
}

/** Answers every question of `study`'s stages from `fromStage` on, in the player, and stops before the results. */
export async function answerCase(player: Locator, study: CaseStudy, fromStage = 0): Promise<void> {
  for (const [index, stage] of study.stages.entries()) {
    if (index < fromStage) continue;
    for (const question of stage.questions) {
      await answerByPointer(player.locator('form.cp-question').first(), question);
      await expect(player.locator('.cp-answered').last().locator('.cp-feedback')).toBeVisible();
    }
    if (index + 1 < study.stages.length)
      await player.getByRole('button', { name: 'Continue: new information arrives' }).click();
  }
}

/** Answers every question of the seed case's stages from `fromStage` on, in the player, and stops before the results. */
export const answerSeedCase = (player: Locator, fromStage = 0): Promise<void> =>
  answerCase(player, seedCase(), fromStage);

/** Plays `study` through from its start with the model answers, to its results. */
export async function playCase(player: Locator, study: CaseStudy): Promise<void> {
  await player.getByRole('button', { name: 'Start the case' }).click();
  await answerCase(player, study);
  await player.getByRole('button', { name: 'See how you did' }).click();
}
