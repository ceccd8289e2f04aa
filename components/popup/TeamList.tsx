import type { PopupItem } from '../../lib/cycles/team-steps';
import type { MessageKey } from '../../lib/i18n';
import { useT } from '../hooks/use-t';

interface Props {
  items: PopupItem[];
  onAction: (item: PopupItem) => void;
}

/** A team with no open cycle whose yearly IKU duty is known: its next TUS med IKU, by the date the duty gives. */
function stepLabel(item: PopupItem, t: ReturnType<typeof useT>['t']): string {
  if (item.ikuDue) return t('popup.startIkuCycle');
  return t(`step.${item.step.action}` as MessageKey, { count: item.step.count ?? 0 });
}

export function TeamList({ items, onAction }: Props) {
  const { t, date } = useT();
  return (
    <ul class="team-list" aria-label={t('popup.title')}>
      {items.map((item, index) => {
        const { step } = item;
        const label = stepLabel(item, t);
        return (
          <li key={item.teamId} class={step.overdue ? 'team overdue' : 'team'} data-team-id={item.teamId}>
            {/* Element Timing: when the first row is painted is when the list is (benchmark). */}
            <div class="team-name" elementtiming={index === 0 ? 'popup-list' : undefined}>
              {item.teamName}
            </div>
            <div class="step">
              <span class="step-label">{label}</span>
              {step.dueAt !== null && (
                <span class="due">
                  {t('popup.due', { date: date(step.dueAt) })}
                  {step.overdue && <strong class="overdue-mark"> · {t('popup.overdue')}</strong>}
                </span>
              )}
              {step.dueAt === null && step.overdue && (
                <span class="due">
                  <strong class="overdue-mark">{t('popup.ikuMissing')}</strong>
                </span>
              )}
            </div>
            {step.action !== 'none' && (
              <button type="button" onClick={() => onAction(item)} aria-label={`${label}: ${item.teamName}`}>
                {t('popup.do')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
