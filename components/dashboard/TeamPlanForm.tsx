import { useState } from 'preact/hooks';
import type { TeamPlanAuthor } from '../../lib/domain/types';
import { useT } from '../hooks/use-t';

/**
 * Completing the team plan: who made it, the whole team or the workplace's TRIO (seed: "i hele
 * teamet … eller af arbejdspladsens TRIO"). Chosen each time, never defaulted; printed on the plan.
 */
export function TeamPlanForm({ onDone, onCancel }: { onDone: (madeBy: TeamPlanAuthor) => void; onCancel: () => void }) {
  const { t } = useT();
  const [madeBy, setMadeBy] = useState<TeamPlanAuthor | null>(null);
  return (
    <div class="inline-form team-plan-form">
      <fieldset>
        <legend>{t('teamplan.madeBy')}</legend>
        {(['team', 'trio'] as const).map((value) => (
          <label key={value} class="choice">
            <input type="radio" name="team-plan-made-by" value={value} checked={madeBy === value} onChange={() => setMadeBy(value)} />{' '}
            {t(`teamplan.madeBy.${value}`)}
          </label>
        ))}
      </fieldset>
      <p class="rule">{t('teamplan.followUpHint')}</p>
      <button type="button" disabled={madeBy === null} onClick={() => madeBy && onDone(madeBy)}>
        {t('teamplan.complete')}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        {t('dash.cancel')}
      </button>
    </div>
  );
}
