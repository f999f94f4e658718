import type { CaseStudy } from '../../../schemas/case.ts';

/** A case's data, from the file its player reads (`routes.casePlayerData`): `null` if it could not be fetched. */
export async function fetchStudy(address: string): Promise<CaseStudy | null> {
  try {
    const response = await fetch(address);
    return response.ok ? ((await response.json()) as { study: CaseStudy }).study : null;
  } catch {
    return null;
  }
}
