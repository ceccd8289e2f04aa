import type { PlaceLink } from '../../lib/actions/places';
import type { OffPathMiss, WebmailStep } from '../../lib/cycles/step-places';
import { useStepPlace } from '../hooks/use-step-place';
import { useT } from '../hooks/use-t';

/** The way to where the step is done: a link opening it in a new tab, and what to do there. */
export function StepPlace({ link }: { link: PlaceLink }) {
  const { t } = useT();
  if (!link.href)
    return (
      <p class="place">
        {t('place.noPersonnelHost')} <a href="#view=settings">{t('place.settings')}</a>
      </p>
    );
  return (
    <p class="place">
      <a href={link.href} target="_blank" rel="noopener" data-place={link.place}>
        {t(`place.${link.place}`)}
      </a>{' '}
      <small>{t(`place.hint.${link.place}`)}</small>
    </p>
  );
}

/** A mark made here instead of where the step is done: asked first, saying what will be missing. */
export function ConfirmOffPath({ miss, onConfirm, onCancel }: { miss: OffPathMiss; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useT();
  return (
    <div class="inline-form" role="alertdialog" aria-label={t('place.confirm.title')}>
      <p>{t(`place.confirm.${miss}`)}</p>
      <button type="button" onClick={onConfirm}>
        {t('place.confirm.yes')}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        {t('dash.cancel')}
      </button>
    </div>
  );
}

/** One line saying that a step happens in the webmail (with the TUS button there), and a link to open it. */
export function WebmailLine({ cycleId, action }: { cycleId: string | undefined; action: WebmailStep }) {
  const { t } = useT();
  const link = useStepPlace(cycleId, action);
  return (
    <p class="place webmail-line" data-webmail-step={action}>
      {t(`place.inWebmail.${action}`)}{' '}
      {link?.href && (
        <a href={link.href} target="_blank" rel="noopener">
          {t('place.openWebmail')}
        </a>
      )}
    </p>
  );
}
