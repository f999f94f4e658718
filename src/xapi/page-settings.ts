import type { Site } from '../data/site-settings.ts';
import { basePath } from '../utils/base-path.ts';
import { activityBase } from './activity-ids.ts';
import type { StoreSettings } from './store-settings.ts';

/**
 * What every page tells its scripts of the organisation's store (store-settings.ts), made when the site is
 * built; `undefined` when `site.yaml` names none. The credentials are the write-only ones `site.yaml` holds:
 * anyone can read a static site's pages.
 */
export function storeSettingsFor(site: Site): StoreSettings | undefined {
  const store = site.learningRecordStore;
  if (!store) return undefined;
  return {
    endpoint: store.endpoint,
    authorization: `Basic ${Buffer.from(`${store.key}:${store.secret}`).toString('base64')}`,
    activityBase: activityBase(process.env['SITE_URL'], basePath()),
    platform: site.name,
    receiver: site.organisation?.name ?? site.name,
  };
}
