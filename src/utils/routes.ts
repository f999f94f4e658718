/** Every internal address is built here, so links and pages cannot disagree. */
export const routes = {
  home: () => '/',
  courses: () => '/courses/',
  course: (courseId: string) => `/courses/${courseId}/`,
  module: (courseId: string, moduleId: string) => `/courses/${courseId}/${moduleId}/`,
  certificate: (courseId: string) => `/courses/${courseId}/certificate/`,
  /** A case's data for its player (src/pages/cases/[id]/[version].json.ts), named by a hash of its contents. */
  casePlayerData: (caseId: string, version: string) => `/cases/${caseId}/${version}.json`,
  talks: () => '/talks/',
  talk: (talkId: string) => `/talks/${talkId}/`,
  talkCaptions: (talkId: string) => `/talks/${talkId}/captions.vtt`,
  /** A moment in a talk: `?t=m:ss`, and the id of the passage or heading there so the page lands on it. */
  talkMoment: (talkId: string, time: string, anchor: string) => `/talks/${talkId}/?t=${time}#${anchor}`,
  resources: () => '/resources/',
  resource: (resourceId: string) => `/resources/#${resourceId}`,
  glossary: () => '/glossary/',
  glossaryTerm: (termId: string) => `/glossary/#${termId}`,
  trainers: () => '/trainers/',
  myLearning: () => '/my-learning/',
  search: (query?: string) => (query ? `/search/?${new URLSearchParams({ q: query })}` : '/search/'),
  searchCatalogue: () => '/search/catalogue.json',
  cpdRecord: () => '/my-learning/cpd/',
  accessibility: () => '/accessibility/',
  /** The organisation's logo (src/pages/logo/[hash].svg.ts and .png.ts), named by a hash of its contents. */
  logo: (hash: string, format: string) => `/logo/${hash}.${format}`,
} as const;
