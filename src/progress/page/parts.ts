/** The markup of each part of a page that shows or keeps progress (src/progress/page/enhance.ts). */
export const PROGRESS_PARTS = {
  module: '[data-module-progress]',
  reflection: 'textarea[data-reflection-id]',
  courseProgress: '[data-course-progress]',
  continue: '[data-continue]',
} as const;
