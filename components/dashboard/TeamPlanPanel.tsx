import type { CycleRow } from '../../lib/cycles/queries';
import type { TeamPlanVersion } from '../../lib/domain/types';
import { describeCharChanges } from '../../lib/pdf/winansi';
import { topState } from '../../machines/next-step';
import { useTeamPlanCharacters, useTeamPlans } from '../hooks/use-iku-preview';
import { useObjectUrl } from '../hooks/use-object-url';
import { useT } from '../hooks/use-t';

/** States in which a (new) version of the plan can be completed. */
const COMPLETABLE: readonly string[] = ['teamPlan', 'followUps'];

/**
 * Plain TUS: the team plan's stored versions (the links survive a reload: each is the PDF as
 * completed), and before completing, the characters the PDF will not show as typed.
 */
export function TeamPlanPanel({ open }: { open: CycleRow }) {
  const { t } = useT();
  const versions = useTeamPlans(open.id);
  const characters = useTeamPlanCharacters(open.id);
  const stage = open.cache ? topState(open.cache.value) : null;
  if (open.variant !== 'tus' || !versions || (versions.length === 0 && !COMPLETABLE.includes(stage ?? ''))) return null;
  return (
    <section class="team-plans" aria-labelledby="team-plans-heading">
      <h3 id="team-plans-heading">{t('teamplan.title')}</h3>
      {versions.length === 0 ? (
        <p>{t('teamplan.none')}</p>
      ) : (
        <ul>
          {versions.map((v) => (
            <TeamPlanLink key={v.id} version={v} />
          ))}
        </ul>
      )}
      {stage !== null && COMPLETABLE.includes(stage) && characters && characters.length > 0 && (
        <p class="pdf-chars">{t('pdf.chars.before', { chars: describeCharChanges(characters) })}</p>
      )}
    </section>
  );
}

function TeamPlanLink({ version }: { version: TeamPlanVersion }) {
  const { t, date } = useT();
  const href = useObjectUrl(version.pdf);
  const madeBy = t(`teamplan.madeBy.${version.madeBy}`);
  return (
    <li data-version={version.version}>
      <a href={href} download={version.fileName}>
        {t('teamplan.download')}
      </a>{' '}
      <small>{t('teamplan.version', { version: version.version, madeBy, date: date(version.createdAt) })}</small>
    </li>
  );
}
