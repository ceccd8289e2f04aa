import type { Variant } from '../../lib/domain/types';
import { t, type Locale, type MessageKey } from '../../lib/i18n';
import { AGENDA, type PhaseId } from '../../lib/session/agenda';
import { formatClock, type PhaseClock } from '../../lib/session/timer';

interface Props {
  variant: Variant;
  phase: PhaseId;
  clock: PhaseClock;
  locale: Locale;
  busy: boolean;
  onNext: () => void;
  onPauseToggle: () => void;
  onExtend: () => void;
}

export function PhaseBar({ variant, phase, clock, locale, busy, onNext, onPauseToggle, onExtend }: Props) {
  const agenda = AGENDA[variant];
  const last = agenda.at(-1)?.id === phase;
  return (
    <section class="phase-bar" aria-label={t('session.agenda', {}, locale)}>
      <ol class="agenda">
        {agenda.map((p) => (
          <li key={p.id} class={p.id === phase ? 'current' : ''} aria-current={p.id === phase ? 'step' : undefined}>
            {t(`phase.${p.id}` as MessageKey, {}, locale)} <small>{t('session.minutes', { minutes: p.minutes }, locale)}</small>
          </li>
        ))}
      </ol>
      <div class={`clock${clock.over ? ' over' : ''}${clock.paused ? ' paused' : ''}`} role="timer" aria-live="off" data-remaining-ms={Math.round(clock.remainingMs)}>
        {formatClock(clock.remainingMs)}
      </div>
      <p class="clock-state" aria-live="polite">
        {clock.over ? t('session.over', {}, locale) : clock.paused ? t('session.paused', {}, locale) : '\u00a0'}
      </p>
      <div class="controls">
        <button type="button" disabled={busy} onClick={onPauseToggle} aria-keyshortcuts="P">
          {clock.paused ? t('session.resume', {}, locale) : t('session.pause', {}, locale)}
        </button>
        <button type="button" disabled={busy} onClick={onExtend} aria-keyshortcuts="E">
          {t('session.extend', {}, locale)}
        </button>
        <button type="button" disabled={busy} onClick={onNext} aria-keyshortcuts="N">
          {last ? t('session.end', {}, locale) : t('session.next', {}, locale)}
        </button>
      </div>
    </section>
  );
}
