import type { PhaseId } from '../../lib/session/agenda';
import { cardText, GROUND_RULES } from '../../lib/session/cards';
import type { PairHalf as Half } from '../../lib/session/pairs';
import { formatClock, type PhaseClock } from '../../lib/session/timer';
import { useT } from '../hooks/use-t';
import { PairHalf } from './PairHalf';

interface Props {
  phase: PhaseId;
  clock: PhaseClock;
  card: { id: string; text?: string } | null;
  /** In the pairs phase: whose turn it is. */
  half: Half | null;
  onExit: () => void;
}

/** The projector: the phase, its clock in large type, the drawn card, and the ground rules at the start. */
export function Presentation({ phase, clock, card, half, onExit }: Props) {
  const { t } = useT();
  const shownCard = cardText(card);
  return (
    <main class="presentation" onClick={onExit}>
      <p class="present-phase">{t(`phase.${phase}`)}</p>
      <p class={`present-clock${clock.over ? ' over' : ''}`} role="timer">
        {clock.over ? t('session.over') : formatClock(clock.remainingMs)}
      </p>
      {half && <PairHalf half={half} large />}
      {shownCard && <p class="present-card">{shownCard}</p>}
      {phase === 'intro' && !shownCard && (
        <section class="present-rules" aria-label={t('session.groundRules')}>
          <h2>{t('session.groundRules')}</h2>
          <ul>
            {GROUND_RULES.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      )}
      <p class="present-hint">{t('session.exitPresent')}: Esc / F</p>
    </main>
  );
}
