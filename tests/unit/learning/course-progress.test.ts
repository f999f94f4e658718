import { describe, expect, it } from 'vitest';
import { courseProgress } from '../../../src/components/learning/course-progress.ts';
import type { CourseOutline } from '../../../src/components/learning/learning-catalogue.ts';
import { emptyProgress } from '../../../src/progress/document.ts';
import type { ModuleProgress } from '../../../src/progress/records.ts';

const course: CourseOutline = {
  id: 'listening',
  title: 'Listening',
  href: '/courses/listening/',
  certificateHref: '/courses/listening/certificate/',
  cpdMinutes: 120,
  modules: ['one', 'two'].map((id) => ({ id, title: `Module ${id}`, href: `/courses/listening/${id}/` })),
};

const record = (completedAt: string | null, courseId = 'listening', title = 'Kept title'): ModuleProgress => ({
  courseId,
  title,
  cpdMinutes: 30,
  visitedAt: '2026-11-01T09:00:00.000Z',
  completedAt,
  completedBy: completedAt ? 'learner' : null,
  updatedAt: completedAt ?? '2026-11-01T09:00:00.000Z',
});

const withModules = (modules: Record<string, ModuleProgress>) => ({ ...emptyProgress(), modules });

describe('courseProgress', () => {
  it('counts nothing for a learner who has not started', () => {
    const progress = courseProgress(emptyProgress(), course);
    expect(progress).toMatchObject({ complete: false, completedAt: null, archived: [] });
    expect(progress.remaining.map((m) => m.id)).toEqual(['one', 'two']);
  });

  it('counts a visited module as remaining, and a completed one as done', () => {
    const progress = courseProgress(
      withModules({ one: record('2026-11-02T10:00:00.000Z'), two: record(null) }),
      course,
    );
    expect(progress.completed.map((m) => m.id)).toEqual(['one']);
    expect(progress.remaining.map((m) => m.id)).toEqual(['two']);
    expect(progress.complete).toBe(false);
  });

  it('is complete when every module is, dated by the last completion', () => {
    const progress = courseProgress(
      withModules({ one: record('2026-11-09T10:00:00.000Z'), two: record('2026-11-02T10:00:00.000Z') }),
      course,
    );
    expect(progress).toMatchObject({ complete: true, completedAt: '2026-11-09T10:00:00.000Z' });
  });

  it('lists a module no longer in the course as archived, by its kept title, and ignores other courses', () => {
    const progress = courseProgress(
      withModules({
        gone: record('2026-10-01T10:00:00.000Z', 'listening', 'A removed module'),
        elsewhere: record('2026-10-01T10:00:00.000Z', 'another-course'),
      }),
      course,
    );
    expect(progress.archived).toEqual([
      { id: 'gone', title: 'A removed module', completedAt: '2026-10-01T10:00:00.000Z' },
    ]);
  });

  it('never calls an empty course complete', () => {
    expect(courseProgress(emptyProgress(), { ...course, modules: [] }).complete).toBe(false);
  });
});
