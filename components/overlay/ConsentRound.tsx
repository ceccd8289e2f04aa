import { useT } from '../hooks/use-t';
import type { useConsentRound } from './use-consent-round';

/** The round's status line and its few buttons: start, "Sendt?", continue, stop. */
export function ConsentRound({ round, left }: { round: ReturnType<typeof useConsentRound>; left: number }) {
  const { t } = useT();
  const { phase } = round;
  const running = phase.kind === 'filling' || phase.kind === 'waiting' || phase.kind === 'ask' || phase.kind === 'noCompose';
  return (
    <div class="round" aria-live="polite">
      {round.note && <p role="status">{round.note}</p>}
      {phase.kind === 'filling' && <p aria-busy="true">{t('consent.round.filling', { name: phase.name })}</p>}
      {phase.kind === 'waiting' && <p class="ok">{t('consent.round.waiting', { name: phase.item.employeeName })}</p>}
      {phase.kind === 'ask' && (
        <div role="alert">
          <p>{t('consent.round.askSent', { name: phase.item.employeeName })}</p>
          <button type="button" onClick={() => round.answer(true)}>
            {t('consent.round.yesSent')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => round.answer(false)}>
            {t('consent.round.notSent')}
          </button>
        </div>
      )}
      {phase.kind === 'noCompose' && (
        <p>
          {t('consent.round.noCompose')}{' '}
          <button type="button" onClick={() => round.resume()}>
            {t('consent.round.continue')}
          </button>
        </p>
      )}
      {phase.kind === 'stopped' && phase.note && <p class="bad">{phase.note}</p>}
      {phase.kind === 'done' && <p class="ok">✓ {t('consent.round.done')}</p>}
      {running ? (
        <button type="button" class="secondary" onClick={round.stop}>
          {t('consent.round.stop')}
        </button>
      ) : (
        left > 0 && (
          <button type="button" onClick={() => round.start()}>
            {t('consent.round.start', { count: left })}
          </button>
        )
      )}
    </div>
  );
}
