import { formatDate, t, type Locale, type MessageKey } from '../../lib/i18n';
import type { PopupItem } from '../../lib/cycles/team-steps';

interface Props {
  items: PopupItem[];
  locale: Locale;
  onAction: (item: PopupItem) => void;
}

export function TeamList({ items, locale, onAction }: Props) {
  return (
    <ul class="team-list" aria-label={t('popup.title', {}, locale)}>
      {items.map((item, index) => {
        const { step } = item;
        const label = t(`step.${step.action}` as MessageKey, { count: step.count ?? 0 }, locale);
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
                  {t('popup.due', { date: formatDate(step.dueAt, locale) }, locale)}
                  {step.overdue && <strong class="overdue-mark"> · {t('popup.overdue', {}, locale)}</strong>}
                </span>
              )}
            </div>
            {step.action !== 'none' && (
              <button type="button" onClick={() => onAction(item)} aria-label={`${label}: ${item.teamName}`}>
                {t('popup.do', {}, locale)}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
