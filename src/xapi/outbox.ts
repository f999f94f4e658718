import { openPersistence } from '../progress/browser-store.ts';
import type { Persistence } from '../progress/persistence.ts';
import { statementFor, type LearningEvent } from './statements.ts';
import { CONSENT_KEY, PENDING_KEY } from './store-meta.ts';
import { OUTBOX_KEY, type StoreSettings } from './store-settings.ts';

// The learner's choice to send a record of what they complete to their organisation's learning record
// store, and the statements waiting to go. Both are kept on the device beside the progress (so "Delete
// all my data" removes them too). A statement waits in the outbox until the store has it: when the
// learner is offline, or the store refuses or does not answer, it is tried again later, each wait longer
// than the last. Withdrawing the choice empties the outbox: nothing more is sent.

/** The learner's choice: who they are to the store, and whether their reflections go too. */
export interface Consent {
  name: string;
  email: string;
  includeReflections: boolean;
  givenAt: string;
}

/** Why the outbox is not empty. */
export type SendProblem = 'offline' | 'refused' | 'unreachable';

interface Outbox {
  statements: Record<string, unknown>[];
  failures: number;
  nextTry: number;
  problem: SendProblem | null;
}

/** The first wait after a failure; each failure doubles it, up to MAX_WAIT_MS. */
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 30 * 60_000;
/** How long a store may take to answer before the statement counts as not sent: a store that hangs must not. */
const ANSWER_WITHIN_MS = 20_000;
/** Most statements the outbox keeps: far beyond a learner's year, small enough for any browser's storage. */
const MAX_WAITING = 2_000;

const storage = (): Persistence => openPersistence().persistence;

function readJson<T>(key: string): T | undefined {
  try {
    const text = storage().read(key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

// What storage holds is checked before use: another version of the site, or a hand edit, may have left
// something else there, and one bad entry must not stop sending for good.
const isConsent = (value: unknown): value is Consent =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Consent).name === 'string' &&
  typeof (value as Consent).email === 'string' &&
  typeof (value as Consent).givenAt === 'string';

export function readConsent(): Consent | undefined {
  const consent = readJson<unknown>(CONSENT_KEY);
  return isConsent(consent) ? consent : undefined;
}

function readOutbox(): Outbox {
  const outbox = readJson<Partial<Outbox>>(OUTBOX_KEY);
  return {
    statements: Array.isArray(outbox?.statements) ? outbox.statements.filter((s) => typeof s?.['id'] === 'string') : [],
    failures: typeof outbox?.failures === 'number' ? outbox.failures : 0,
    nextTry: typeof outbox?.nextTry === 'number' ? outbox.nextTry : 0,
    problem: outbox?.problem ?? null,
  };
}

const EVENT_KINDS = new Set(['module', 'talk', 'case']);

/** The events pages noted (store-meta.ts) that can be statements. */
function readPending(): LearningEvent[] {
  const pending = readJson<unknown>(PENDING_KEY);
  return Array.isArray(pending)
    ? pending.filter(
        (event): event is LearningEvent =>
          typeof event === 'object' &&
          event !== null &&
          EVENT_KINDS.has((event as LearningEvent).kind) &&
          typeof (event as LearningEvent).at === 'string',
      )
    : [];
}

const writeOutbox = (outbox: Outbox) => storage().write(OUTBOX_KEY, JSON.stringify(outbox));

export function giveConsent(consent: Consent): void {
  storage().write(CONSENT_KEY, JSON.stringify(consent));
}

/** Stops sending: the choice and every statement still waiting are removed. Returns how many were waiting. */
export function withdrawConsent(): number {
  const waiting = readOutbox().statements.length + readPending().length;
  for (const key of [CONSENT_KEY, PENDING_KEY, OUTBOX_KEY]) storage().remove(key);
  return waiting;
}

/** What the learner is told of the outbox. */
export function outboxStatus(): { waiting: number; problem: SendProblem | null; nextTry: number } {
  const { statements, problem, nextTry } = readOutbox();
  return { waiting: statements.length + readPending().length, problem, nextTry };
}

/**
 * Turns what pages noted (store-meta.ts) into statements in the outbox, made with the learner's choice as
 * it is now; a statement already there is not doubled.
 */
function takePending(settings: StoreSettings): void {
  const consent = readConsent();
  const pending = readPending();
  if (!consent || pending.length === 0) return storage().remove(PENDING_KEY);
  const outbox = readOutbox();
  const since = Date.parse(consent.givenAt);
  for (const event of pending) {
    // Only what was done after the learner chose to send (a review of an older attempt shows it again).
    if (!(Date.parse(event.at) >= since)) continue;
    try {
      const statement = statementFor(event, {
        learner: consent,
        activityBase: settings.activityBase,
        platform: settings.platform,
        includeReflections: consent.includeReflections,
      });
      if (!outbox.statements.some((waiting) => waiting['id'] === statement['id'])) outbox.statements.push(statement);
    } catch {
      // An event this version cannot make a statement of is dropped, not kept to fail every time.
    }
  }
  outbox.statements = outbox.statements.slice(-MAX_WAITING);
  writeOutbox(outbox);
  storage().remove(PENDING_KEY);
}

/** Sends one statement under its own id: 204 stored, 409 already stored (by another tab or an earlier try). */
async function put(statement: Record<string, unknown>, settings: StoreSettings): Promise<'sent' | SendProblem> {
  if (!navigator.onLine) return 'offline';
  try {
    const response = await fetch(`${settings.endpoint}statements?statementId=${String(statement['id'])}`, {
      method: 'PUT',
      headers: {
        Authorization: settings.authorization,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
      },
      body: JSON.stringify(statement),
      // Never the learner's cookies for the store's site: only the credentials the organisation set.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    if (response.ok || response.status === 409) return 'sent';
    return 'refused';
  } catch {
    return navigator.onLine ? 'unreachable' : 'offline';
  }
}

let sending = false;

/**
 * Sends what waits, oldest first, until the outbox is empty or a statement does not go; then waits
 * longer each time. Stops at once when the learner withdraws: consent is read again before each send.
 */
export async function sendWaiting(settings: StoreSettings): Promise<void> {
  if (sending || !readConsent()) return;
  takePending(settings);
  const first = readOutbox();
  if (first.statements.length === 0 || first.nextTry > Date.now()) return;
  sending = true;
  try {
    for (;;) {
      // What pages noted while this was sending joins the queue.
      takePending(settings);
      const outbox = readOutbox();
      const [next] = outbox.statements;
      if (!next || !readConsent()) return;
      const result = await put(next, settings);
      // Read again: another tab, or the learner withdrawing, may have changed it while this one was out.
      const after = readOutbox();
      if (!readConsent()) return;
      if (result === 'sent') {
        after.statements = after.statements.filter((waiting) => waiting['id'] !== next['id']);
        after.failures = 0;
        after.problem = null;
        after.nextTry = 0;
        writeOutbox(after);
        continue;
      }
      after.failures += 1;
      after.problem = result;
      after.nextTry = Date.now() + Math.min(FIRST_WAIT_MS * 2 ** (after.failures - 1), MAX_WAIT_MS);
      writeOutbox(after);
      return;
    }
  } finally {
    sending = false;
  }
}

/** The page's one sending loop, and what it tells after each round (My learning's status line). */
let kept: (() => Promise<void>) | undefined;
const listeners = new Set<() => void>();

/**
 * Keeps the outbox moving while the page is open: now, when the connection comes back, and when the
 * wait after a failure is over.
 */
export function keepSending(settings: StoreSettings, onChange?: () => void): void {
  if (onChange) listeners.add(onChange);
  if (kept) return void kept();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    clearTimeout(timer);
    await sendWaiting(settings);
    for (const listener of listeners) listener();
    const { waiting, nextTry } = outboxStatus();
    if (waiting > 0 && readConsent()) timer = setTimeout(() => void run(), Math.max(nextTry - Date.now(), 1_000));
  };
  addEventListener('online', () => {
    if (!readConsent()) return;
    const outbox = readOutbox();
    writeOutbox({ ...outbox, nextTry: 0 });
    void run();
  });
  kept = run;
  void run();
}
