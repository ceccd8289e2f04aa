import type { PopupItem } from '../../lib/cycles/team-steps';
import type { MessageKey } from '../../lib/i18n';
import { type Translator, useT } from '../hooks/use-t';

interface Props {
  items: PopupItem[];
  onAction: (item: PopupItem) => void;
}

/** A team with no open cycle whose yearly IKU duty is known: its next TUS med IKU, by the date the duty gives. */
function stepLabel(item: PopupItem, t: Translator['t']): string {
  if (item.ikuDue) return t('popup.startIkuCycle');
  return t(`step.${item.step.action}` as MessageKey, { count: item.step.count ?? 0 });
}

/**
 * Every team's next step. Its first render is most of the popup's work before the first paint
 * (200 rows in the benchmark), so a row is elements only: a text is its element's `textContent`
 * (the same DOM as a text child, one virtual node less for Preact to create and compare), and one
 * click listener on the list acts for every row's button (the row names its team).
 */
export function TeamList({ items, onAction }: Props) {
  const { t, date } = useT();
  const doIt = t('popup.do');
  const overdueMark = ` · ${t('popup.overdue')}`;
  const ikuMissing = t('popup.ikuMissing');
  const onClick = (event: MouseEvent) => {
    const row = (event.target as Element).closest('button')?.closest<HTMLElement>('li[data-team-id]');
    const item = row && items.find((i) => i.teamId === row.dataset.teamId);
    if (item) onAction(item);
  };
  return (
    <ul class="team-list" aria-label={t('popup.title')} onClick={onClick}>
      {items.map((item, index) => {
        const { step } = item;
        const label = stepLabel(item, t);
        const due = step.dueAt === null ? null : t('popup.due', { date: date(step.dueAt) });
        return (
          <li key={item.teamId} class={step.overdue ? 'team overdue' : 'team'} data-team-id={item.teamId}>
            {/* Element Timing: when the first row is painted is when the list is (benchmark). */}
            <div class="team-name" elementtiming={index === 0 ? 'popup-list' : undefined} textContent={item.teamName} />
            <div class="step">
              <span class="step-label" textContent={label} />
              {due === null ? (
                step.overdue && (
                  <span class="due">
                    <strong class="overdue-mark" textContent={ikuMissing} />
                  </span>
                )
              ) : step.overdue ? (
                <span class="due">
                  {due}
                  <strong class="overdue-mark" textContent={overdueMark} />
                </span>
              ) : (
                <span class="due" textContent={due} />
              )}
            </div>
            {step.action !== 'none' && <button type="button" aria-label={`${label}: ${item.teamName}`} textContent={doIt} />}
          </li>
        );
      })}
    </ul>
  );
}
