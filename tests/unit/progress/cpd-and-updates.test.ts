import { describe, expect, it } from 'vitest';
import { cpdCsv, cpdRecord, type CpdCatalogue } from '../../../src/progress/cpd.ts';
import { emptyProgress } from '../../../src/progress/document.ts';
import { deleteCpdEntry, saveCpdEntry } from '../../../src/progress/learner-updates.ts';
import { saveTalkPosition, TALK_COMPLETION_SHARE } from '../../../src/progress/talk-updates.ts';
import { setModuleComplete } from '../../../src/progress/updates.ts';
import { at, busyLearner, moduleInfo } from '../../support/progress.ts';

const talk = {
  id: 'intuition-and-analysis',
  title: 'Intuition and analysis',
  cpdMinutes: 25,
  href: '/talks/intuition-and-analysis/',
};
const catalogue: CpdCatalogue = {
  cases: { 'kim-ava-leo': { title: 'Kim, Ava and Leo', moduleId: 'a-structured-approach' } },
  moduleIds: ['why-assessment-matters', 'a-structured-approach'],
  talkIds: [talk.id],
};

describe('talk progress', () => {
  it.each([
    ['half listened', 300, false],
    ['just under 90%', 600 * TALK_COMPLETION_SHARE - 1, false],
    ['90% listened', 600 * TALK_COMPLETION_SHARE, true],
    ['all of it', 600, true],
  ])('%s: completed is %s', (_, listened, completed) => {
    const doc = saveTalkPosition(emptyProgress(), talk, 100, 600, [[0, listened]], at(1));
    expect(doc.talks[talk.id]?.completedAt !== null).toBe(completed);
  });

  it('stays completed when the learner goes back to the start, and never forgets what they heard', () => {
    const done = saveTalkPosition(emptyProgress(), talk, 590, 600, [[10, 590]], at(1));
    const back = saveTalkPosition(done, talk, 0, 600, [[0, 20]], at(2));
    expect(back.talks[talk.id]).toMatchObject({ position: 0, heard: [[0, 590]], completedAt: at(1) });
  });

  it('counts a part heard on two visits once', () => {
    const firstVisit = saveTalkPosition(emptyProgress(), talk, 300, 600, [[0, 300]], at(1));
    const secondVisit = saveTalkPosition(firstVisit, talk, 300, 600, [[0, 300]], at(2));
    expect(secondVisit.talks[talk.id]).toMatchObject({ heard: [[0, 300]], completedAt: null });
    const thirdVisit = saveTalkPosition(secondVisit, talk, 600, 600, [[250, 600]], at(3));
    expect(thirdVisit.talks[talk.id]).toMatchObject({ heard: [[0, 600]], completedAt: at(3) });
  });

  it('keeps a position inside the talk', () => {
    expect(saveTalkPosition(emptyProgress(), talk, 9_999, 600, [], at(1)).talks[talk.id]?.position).toBe(600);
  });
});

describe('module completion', () => {
  it('keeps the first completion when completed again by passing the case', () => {
    const info = moduleInfo('why-assessment-matters');
    const once = setModuleComplete(emptyProgress(), info, true, 'learner', at(1));
    expect(setModuleComplete(once, info, true, 'case', at(2)).modules[info.id]).toMatchObject({
      completedAt: at(1),
      completedBy: 'learner',
    });
  });
});

describe('the CPD record', () => {
  const doc = saveTalkPosition(
    deleteCpdEntry(
      saveCpdEntry(busyLearner(), 'own-2', { date: '2026-11-21', activity: 'Gone', minutes: 5, notes: '' }, at(7)),
      'own-2',
      at(8),
    ),
    talk,
    600,
    600,
    [[0, 600]],
    at(9),
  );

  it("lists completed modules and talks with their minutes and the learner's reflections, and their own entries", () => {
    expect(cpdRecord(doc, catalogue).map((l) => [l.kind, l.activity, l.minutes, l.notes, l.archived])).toEqual([
      ['module', 'Module why-assessment-matters', 30, 'Settled too early.', false],
      ['talk', 'Intuition and analysis', 25, '', false],
      ['own', 'Supervision', 45, '', false],
    ]);
  });

  it("dates an entry by the learner's own calendar, not UTC's", () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'Europe/London';
    try {
      // 00:30 on 2 June in London (British Summer Time) is 23:30 on 1 June in UTC.
      const late = setModuleComplete(
        emptyProgress(),
        moduleInfo('lundys-model'),
        true,
        'learner',
        '2026-06-01T23:30:00.000Z',
      );
      const catalogueWithModule = { ...catalogue, moduleIds: ['lundys-model'] };
      expect(cpdRecord(late, catalogueWithModule).map((line) => line.date)).toEqual(['2026-06-02']);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('keeps a module that is no longer on the site, marked archived', () => {
    expect(cpdRecord(doc, { ...catalogue, moduleIds: [] }).find((l) => l.kind === 'module')?.archived).toBe(true);
  });

  it('writes CSV a spreadsheet cannot run as a formula, with quotes doubled', () => {
    const csv = cpdCsv(
      [
        {
          key: 'own:x',
          kind: 'own',
          date: '2026-11-20',
          activity: '=HYPERLINK("http://x")',
          minutes: 5,
          notes: 'said "hi"',
          archived: false,
        },
      ],
      ['Date', 'Activity', 'Type', 'Minutes', 'Notes'],
      { module: 'Module', case: 'Case', talk: 'Talk', own: 'Own' },
    );
    expect(csv).toBe(
      '"Date","Activity","Type","Minutes","Notes"\r\n"2026-11-20","\'=HYPERLINK(""http://x"")","Own","5","said ""hi"""\r\n',
    );
  });
});
