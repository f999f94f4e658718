import type { CaseStudy } from '../../../schemas/case.ts';
import { provideStrings, t } from '../../../i18n/island-t.ts';
import type { UiStrings } from '../../../i18n/t.ts';
import { CaseIntro } from './CaseIntro.tsx';
import { CaseResults } from './CaseResults.tsx';
import { CaseStages } from './CaseStages.tsx';
import { useCaseSession } from './use-case-session.ts';

export interface CasePlayerProps {
  /** The case with its Markdown already rendered (cases/playable.ts). */
  study: CaseStudy;
  /** "Read more" links by question id. */
  links: Record<string, { href: string; title: string }>;
  /** The UI strings the player uses (see PLAYER_STRING_KEYS), so its JavaScript carries none. */
  strings: UiStrings;
  /** One of the trainers' guide's example cases: played without saving, so it never reaches My learning. */
  example?: boolean;
}

/** Prefixes of the UI strings the player needs. */
export const PLAYER_STRING_KEYS = ['player.', 'calibration.', 'kind.', 'case.question', 'case.learnMore'] as const;

/** The interactive case: introduction and attempts, then the stages one by one, then the results. */
export default function CasePlayer({ study, links, strings, example = false }: CasePlayerProps) {
  provideStrings(strings);
  const session = useCaseSession(study, example);
  const { active, notice } = session;
  return (
    // Marks a case being played, so that the offer of a new version of the site waits until it is finished.
    <div className="cp" data-case-in-progress={active && !active.completedAt ? '' : undefined}>
      <div role="status" className="cp-notice-region">
        {notice && <p className="cp-notice">{t(`player.notice.${notice}`)}</p>}
      </div>
      {!active ? (
        <CaseIntro study={study} session={session} />
      ) : active.completedAt ? (
        <CaseResults study={study} attempt={active} session={session} />
      ) : (
        <CaseStages study={study} attempt={active} session={session} links={links} />
      )}
    </div>
  );
}
