// Limits the content schemas set and the progress checks rely on, in one place with no dependencies, so
// the browser's checks of a learner's data carry no schema code.

/**
 * Names every JavaScript object or function already has. No content id may be one of them, so a
 * learner's record keyed by such an id could never have been written by the site, and no lookup can
 * mistake an id for an object's own property.
 */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export const isReservedId = (id: string): boolean => RESERVED_IDS.includes(id);

/** The widest rating scale a case may have: a saved rating outside it cannot be the learner's. */
export const RATING_SCALE_LIMITS = { min: -100, max: 100 } as const;

/** The most CPD minutes a module, talk or course may give: the schemas' `minutes`. */
export const CONTENT_MINUTES_MAX = 600;
