import { routes } from '../utils/routes.ts';

/**
 * The pages of the trainers' guide, in reading order, for its navigation. Listed by hand because the
 * guide's layout cannot import the pages that use it (that would be an import cycle).
 */
const PAGES = [
  { slug: '', title: 'Start here' },
  { slug: 'courses', title: 'Write a course' },
  { slug: 'modules', title: 'Write a module' },
  { slug: 'components', title: 'Components' },
  { slug: 'cases', title: 'Write a case' },
  { slug: 'talks', title: 'Add a talk' },
  { slug: 'resources-and-glossary', title: 'Resources and glossary' },
  { slug: 'errors', title: 'When the check finds a problem' },
  { slug: 'site-settings', title: "Your organisation's name and details" },
  { slug: 'search-words', title: 'Words for search' },
  { slug: 'offline', title: 'Offline use' },
  { slug: 'lms', title: 'Records in your LMS' },
  { slug: 'publishing', title: 'Preview and publish' },
] as const;

type GuideSlug = (typeof PAGES)[number]['slug'];

/** The address of one page of the guide. */
export const guidePage = (slug: GuideSlug) => (slug ? `${routes.trainers()}${slug}/` : routes.trainers());

export const guidePages = PAGES.map(({ slug, title }) => ({ title, href: guidePage(slug) }));
