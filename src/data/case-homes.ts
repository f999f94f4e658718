import { findComponentUsages, type ComponentUsage } from '../validation/mdx-components.ts';

/** The ids of the cases a module's text plays (`<Case id="…" />`), in order. */
export const playedCaseIds = (usages: readonly ComponentUsage[]): string[] =>
  usages.flatMap((usage) => (usage.name === 'Case' && usage.attributes['id'] ? [usage.attributes['id']] : []));

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
    for (const caseId of playedCaseIds(findComponentUsages(module.body ?? '')))
      if (!homes.has(caseId)) homes.set(caseId, module);
  return homes;
}

/**
 * Whether an MDX text embeds a case (`<Case id="…" />`, not one shown as code): its page then carries
 * the case player's styles in its `<head>` (BaseLayout's `hasCase`).
 */
export const embedsCase = (body = ''): boolean => findComponentUsages(body).some((usage) => usage.name === 'Case');
