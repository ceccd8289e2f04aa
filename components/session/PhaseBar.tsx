import type { Variant } from '../../lib/domain/types';
import type { MessageKey } from '../../lib/i18n';
import { AGENDA, type PhaseId } from '../../lib/session/agenda';
import type { PairHalf as Half } from '../../lib/session/pairs';
import { formatClock, type PhaseClock } from '../../lib/session/timer';
import { useT } from '../hooks/use-t';
import { PairHalf } from './PairHalf';

interface Props {
  variant: Variant;
  phase: PhaseId;
  clock: PhaseClock;
  /** In the pairs phase: whose turn it is. */
  half: Half | null;
  busy: boolean;
  onNext: () => void;
  onPauseToggle: () => void;
  onExtend: () => void;
}

export function PhaseBar({ variant, phase, clock, half, busy, onNext, onPauseToggle, onExtend }: Props) {
  const { t } = useT();
  const agenda = AGENDA[variant];
  const last = agenda.at(-1)?.id === phase;
  return (
    <section class="phase-bar" aria-label={t('session.agenda')}>
      <ol class="agenda">
        {agenda.map((p) => (
          <li key={p.id} class={p.id === phase ? 'current' : ''} aria-current={p.id === phase ? 'step' : undefined}>
            {t(`phase.${p.id}` as MessageKey)} <small>{t('session.minutes', { minutes: p.minutes })}</small>
          </li>
        ))}
      </ol>
      <div
        class={`clock${clock.over ? ' over' : ''}${clock.paused ? ' paused' : ''}`}
        role="timer"
        aria-live="off"
        data-remaining-ms={Math.round(clock.remainingMs)}
      >
        {formatClock(clock.remainingMs)}
      </div>
      {/* The running clock is silent (aria-live off); a screen reader hears the phase when it changes. */}
      <p class="visually-hidden phase-now" aria-live="polite">
        {t(`phase.${phase}` as MessageKey)}
      </p>
      <p class="clock-state" aria-live="polite">
        {clock.over ? t('session.over') : clock.paused ? t('session.paused') : '\u00a0'}
      </p>
      {half && <PairHalf half={half} />}
      <div class="controls">
        <button type="button" disabled={busy} onClick={onPauseToggle} aria-keyshortcuts="P">
          {clock.paused ? t('session.resume') : t('session.pause')}
        </button>
        <button type="button" disabled={busy} onClick={onExtend} aria-keyshortcuts="E">
          {t('session.extend')}
        </button>
        <button type="button" disabled={busy} onClick={onNext} aria-keyshortcuts="N">
          {last ? t('session.end') : t('session.next')}
        </button>
      </div>
    </section>
  );
}
