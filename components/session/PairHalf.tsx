import { type PairHalf as Half, isSwitchSignal } from '../../lib/session/pairs';
import { formatClock } from '../../lib/session/timer';
import { useT } from '../hooks/use-t';

/**
 * Which person speaks in the pairs phase, with the half's own clock; at the switch a banner that
 * pulses and a live region that says it once (cleared again when the signal ends).
 */
export function PairHalf({ half, large = false }: { half: Half; large?: boolean }) {
  const { t } = useT();
  const signal = isSwitchSignal(half);
  const person = t(half.half === 1 ? 'session.pairs.first' : 'session.pairs.second');
  return (
    <div class={`pair-half${large ? ' large' : ''}`} data-half={half.half}>
      <p class="pair-person">
        <strong>{t('session.pairs.half', { person, half: half.half })}</strong>
        <span class="half-clock" data-half-remaining-ms={Math.round(half.halfRemainingMs)}>
          {' · '}
          {t('session.pairs.halfLeft', { time: formatClock(half.halfRemainingMs) })}
        </span>
      </p>
      <p class={`pair-switch${signal ? ' active' : ''}`} aria-live="assertive" aria-atomic="true">
        {signal ? t('session.pairs.switch') : ''}
      </p>
    </div>
  );
}
