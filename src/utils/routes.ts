/** Every internal address is built here, so links and pages cannot disagree. */
export const routes = {
  home: () => '/',
  courses: () => '/courses/',
  course: (courseId: string) => `/courses/${courseId}/`,
  module: (courseId: string, moduleId: string) => `/courses/${courseId}/${moduleId}/`,
  certificate: (courseId: string) => `/courses/${courseId}/certificate/`,
  talks: () => '/talks/',
  talk: (talkId: string) => `/talks/${talkId}/`,
  resources: () => '/resources/',
  resource: (resourceId: string) => `/resources/#${resourceId}`,
  glossary: () => '/glossary/',
  glossaryTerm: (termId: string) => `/glossary/#${termId}`,
  trainers: () => '/trainers/',
  myLearning: () => '/my-learning/',
  cpdRecord: () => '/my-learning/cpd/',
} as const;
