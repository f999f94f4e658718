import { expect, test, type Locator, type Page } from '@playwright/test';
import type { CaseQuestion } from '../../src/schemas/case.ts';
import { answerByPointer, plain } from '../support/play-case.ts';
import { SEED_CASE_PAGE, seedCase } from '../support/seed-case.ts';
import { PROGRESS_KEY } from '../support/seed-progress.ts';

const study = seedCase();

async function openCase(page: Page): Promise<Locator> {
  await page.goto(SEED_CASE_PAGE);
  const player = page.locator('.case-live');
  await player.scrollIntoViewIfNeeded();
  return player;
}

test('a learner plays the whole case, with feedback after each answer, and sees their results', async ({ page }) => {
  const player = await openCase(page);
  await expect(page.locator('.case-static')).toBeHidden();
  await player.getByRole('button', { name: 'Start the case' }).click();
  for (const [index, stage] of study.stages.entries()) {
    await expect(
      player.getByRole('heading', { name: new RegExp(`Stage ${index + 1} of ${study.stages.length}`) }),
    ).toBeFocused();
    // Later stages stay hidden until this one is answered.
    if (index + 1 < study.stages.length) {
      await expect(player.getByRole('heading', { name: new RegExp(`Stage ${index + 2} of`) })).toHaveCount(0);
    }
    for (const question of stage.questions) {
      await answerByPointer(player.locator('form.cp-question').first(), question);
      const feedback = player.locator('.cp-answered').last();
      // Focus moves to the answered question, so a screen reader reads the feedback next.
      await expect(feedback.locator('.cp-kind')).toBeFocused();
      await expect(feedback.locator('.cp-feedback')).toBeVisible();
    }
    if (index + 1 < study.stages.length)
      await player.getByRole('button', { name: 'Continue: new information arrives' }).click();
  }
  await expect(player.locator('form.cp-question')).toHaveCount(0);
  await player.getByRole('button', { name: 'See how you did' }).click();
  await expect(player.getByRole('heading', { name: 'How you did' })).toBeFocused();
  await expect(player).toContainText(/You scored \d+%\. The pass mark is 70%\./);
  await expect(player.getByRole('heading', { name: 'How your judgement moved' })).toBeVisible();
  await expect(player.getByRole('heading', { name: 'Your confidence on this case' })).toBeVisible();
  const stored = await page.evaluate(
    (key) =>
      JSON.parse(localStorage.getItem(key) ?? '{}') as {
        caseAttempts: Record<string, { completedAt: string | null }[]>;
      },
    PROGRESS_KEY,
  );
  expect(stored.caseAttempts[study.id]?.[0]?.completedAt).toEqual(expect.any(String));
  // Model answers pass the case, and passing the case completes its module.
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-completion]')).toContainText('when you passed its case');
});

test('an attempt in progress survives a reload, with its answers locked', async ({ page }) => {
  const player = await openCase(page);
  await player.getByRole('button', { name: 'Start the case' }).click();
  const first = study.stages[0]!.questions[0]!;
  await answerByPointer(player.locator('form.cp-question').first(), first);
  await page.reload();
  const again = page.locator('.case-live');
  await again.scrollIntoViewIfNeeded();
  await again.getByRole('button', { name: 'Carry on where you left off' }).click();
  await expect(again.locator('.cp-answered')).toHaveCount(1);
  await expect(again.locator('.cp-answered')).toContainText('Your confidence: 80%');
  await expect(again.locator('form.cp-question')).toHaveCount(study.stages[0]!.questions.length - 1);
});

/** Presses Tab until `target` has focus: how a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

/** Answers one question with the keyboard only. */
async function answerByKeyboard(page: Page, form: Locator, question: CaseQuestion) {
  if (question.kind === 'single') {
    const index = question.options.findIndex((o) => o.correct);
    await tabTo(page, form.getByRole('radio').first());
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    if (index === 0) await page.keyboard.press('Space');
  }
  if (question.kind === 'multiple') {
    for (const option of question.options.filter((o) => o.correct)) {
      await tabTo(page, form.getByRole('checkbox', { name: plain(option.text) }));
      await page.keyboard.press('Space');
    }
  }
  if (question.kind === 'ranking') {
    // Move the last item to the top with its Move up button.
    const last = question.items.length - 1;
    await tabTo(page, form.getByRole('button', { name: /Move up/ }).nth(last));
    await page.keyboard.press('Enter');
  }
  if (question.kind === 'rating') {
    await tabTo(page, form.getByRole('radio').first());
    for (let i = question.scale.min; i < question.expertRange[0]; i++) await page.keyboard.press('ArrowRight');
    if (question.expertRange[0] === question.scale.min) await page.keyboard.press('Space');
  }
  if (question.kind === 'reflection') {
    await tabTo(page, form.getByRole('textbox'));
    await page.keyboard.type('Keyboard only.');
  }
  if (question.kind !== 'reflection') {
    await tabTo(page, form.getByRole('radio', { name: '50%' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  }
  await tabTo(page, form.getByRole('button', { name: /Submit answer|Save my reflection/ }));
  await page.keyboard.press('Enter');
}

test('the whole case can be played by keyboard alone', async ({ page }) => {
  const player = await openCase(page);
  const start = player.getByRole('button', { name: 'Start the case' });
  // The button is disabled until the player has loaded (as it would be for anyone pressing Tab early).
  await expect(start).toBeEnabled();
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  for (const [index, stage] of study.stages.entries()) {
    for (const question of stage.questions) {
      await answerByKeyboard(page, player.locator('form.cp-question').first(), question);
      await expect(player.locator('.cp-answered').last()).toContainText(
        question.kind === 'reflection' ? 'Keyboard only.' : 'Your confidence: 70%',
      );
    }
    const next = index + 1 < study.stages.length ? 'Continue: new information arrives' : 'See how you did';
    await tabTo(page, player.getByRole('button', { name: next }));
    await page.keyboard.press('Enter');
  }
  await expect(player.getByRole('heading', { name: 'How you did' })).toBeFocused();
});

test('without JavaScript the case is readable text with model answers behind disclosures', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(SEED_CASE_PAGE);
  await expect(page.locator('.case-live')).toBeHidden();
  const text = page.locator('.case-static');
  await expect(text).toBeVisible();
  for (const [index, stage] of study.stages.entries()) {
    await expect(text.getByRole('heading', { name: `Stage ${index + 1}: ${stage.title}` })).toBeVisible();
  }
  const disclosures = text.locator('details');
  await expect(disclosures).toHaveCount(study.stages.flatMap((s) => s.questions).length);
  await expect(disclosures.first()).not.toHaveAttribute('open', '');
});

test('if the case cannot load, the learner is told and reads the whole case instead', async ({ page }) => {
  // A connection that drops between the page and the case (a phone between visits).
  await page.route('**/cases/**/*.json', (route) => route.abort('internetdisconnected'));
  const player = await openCase(page);
  const notice = page.getByText('The interactive case could not load');
  await expect(notice).toBeVisible();
  await expect(player).toBeHidden();
  await expect(page.locator('.case-static').getByRole('heading', { name: /Stage 1:/ })).toBeVisible();
});

test("the player's data is fetched only when the case is seen", async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/\/cases\/.+\.json$/.test(request.url())) fetched.push(request.url());
  });
  await page.setViewportSize({ width: 390, height: 600 });
  await page.goto(SEED_CASE_PAGE);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.locator('.case-live').scrollIntoViewIfNeeded();
  await expect.poll(() => fetched.length).toBe(1);
});

for (const url of [SEED_CASE_PAGE, '/trainers/components/']) {
  test(`${url}: the case takes the same room before and after its player loads, so nothing below it moves`, async ({
    page,
  }) => {
    // The case's data is held back until the page as built is measured, so the player cannot load first.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/cases/**', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(url);
    const player = page.locator('[data-case-player]');
    await player.scrollIntoViewIfNeeded();
    await expect(player.getByRole('button', { name: 'Start the case' })).toBeDisabled();
    const built = (await player.boundingBox())!.height;
    release();
    await expect(player.getByRole('button', { name: 'Start the case' })).toBeEnabled();
    expect((await player.boundingBox())!.height).toBe(built);
  });
}

test("the trainers' guide's example case plays without saving, so nothing reaches My learning", async ({ page }) => {
  await page.goto('/trainers/components/');
  const player = page.locator('.case-live');
  await player.scrollIntoViewIfNeeded();
  await expect(player.getByText('This is an example case.')).toBeVisible();
  await player.getByRole('button', { name: 'Start the case' }).click();
  const form = player.locator('form.cp-question').first();
  await form.getByRole('radio').first().check();
  await form.getByRole('radio', { name: '80%' }).check();
  await form.getByRole('button', { name: 'Submit answer' }).click();
  await expect(player.locator('.cp-answered')).toHaveCount(1);
  const stored = await page.evaluate(() => localStorage.getItem('triangulate:progress') ?? '');
  expect(stored).not.toContain('mia-and-tom');
  await page.goto('/my-learning/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Mia and her dad');
});
