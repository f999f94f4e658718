// The IRIs that name the site's courses, modules, cases and talks in xAPI statements and cmi5 packages,
// made from their content ids, which never change, so an organisation's records of a course stay
// together from version to version.

/**
 * Where every activity id starts: the site's public address with its folder when it has one (`SITE_URL`
 * when building), else a URN, since a made-up address would name a site that is not there.
 */
export const activityBase = (siteUrl: string | undefined, base: string): string =>
  siteUrl ? new URL(base, siteUrl).href : 'urn:x-triangulate:';

/** The activity id of a page or thing of the site, from its address within the site (`courses/x/`). */
export const activityId = (activityBase: string, path: string): string => `${activityBase}${path}`;
