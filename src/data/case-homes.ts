import { findComponentUsages } from '../validation/mdx-components.ts';

/** What finding a case's module needs to know of a module. */
interface ModuleWithBody {
  body?: string | undefined;
}

/**
 * The module that embeds each case (the place where it is played), keyed by case id. Each module's
 * text is scanned once: looking the module up per case would scan every module for every case, which
 * grows with the square of the catalogue (about 15 minutes of build at 10,000 modules).
 * When a case is embedded twice, the first module wins.
 */
export function caseHomes<M extends ModuleWithBody>(modules: readonly M[]): Map<string, M> {
  const homes = new Map<string, M>();
  for (const module of modules)
    for (const usage of findComponentUsages(module.body ?? ''))
      if (usage.name === 'Case' && usage.attributes['id'] && !homes.has(usage.attributes['id']))
        homes.set(usage.attributes['id'], module);
  return homes;
}

/**
 * Whether an MDX text embeds a case (`<Case id="…" />`, not one shown as code): its page then carries
 * the case player's styles in its `<head>` (BaseLayout's `hasCase`).
 */
export const embedsCase = (body = ''): boolean => findComponentUsages(body).some((usage) => usage.name === 'Case');
