import type { CaseLink } from '../case/player/LearnerCalibration.tsx';
import { fetchStudy } from '../case/player/fetch-study.ts';
import type { SiteCases } from '../../progress/import-check.ts';

/**
 * The cases an import has attempts at, as the site plays them now, fetched from their players' data: what
 * the attempts are checked against. A case the site no longer has is left out (its attempts are kept as
 * archived); one that could not be fetched is `null`, so its attempts are refused until it can be.
 */
export async function loadSiteCases(caseIds: readonly string[], links: readonly CaseLink[]): Promise<SiteCases> {
  const wanted = links.filter((link) => caseIds.includes(link.id));
  const studies = await Promise.all(wanted.map((link) => fetchStudy(link.data)));
  return new Map(wanted.map((link, index) => [link.id, studies[index] ?? null]));
}
