import { useState } from 'preact/hooks';
import type { SessionActions } from '../../lib/actions/session';
import { dashboardUrl } from '../../lib/browser/pages';
import { AGENDA } from '../../lib/session/agenda';
import type { Card, FieldId } from '../../lib/session/cards';
import { pickCard, pileOf } from '../../lib/session/cards';
import { useNow } from '../hooks/use-now';
import { type OwnCard, useOwnCards } from '../hooks/use-own-cards';
import { type RoomView, useRoomView } from '../hooks/use-room-view';
import type { ReadySession } from '../hooks/use-session';
import { useT } from '../hooks/use-t';
import { CardTable } from './CardTable';
import { PhaseBar } from './PhaseBar';
import { Presentation } from './Presentation';
import { Room } from './Room';
import { SessionSheet } from './SessionSheet';
import { SoundToggle } from './SoundToggle';
import { usePhaseSignals } from './use-phase-signals';
import { useRun } from './use-run';
import { useShortcuts } from './use-shortcuts';
import { WheelPanel } from './WheelPanel';

/** The running session: phase and clock, wheel and cards, the room, the sheet; or the projector view. */
export function SessionScreen({ session }: { session: ReadySession }) {
  const { t } = useT();
  const { snapshot, employees, actions } = session;
  const view = useRoomView(snapshot, employees, useNow());
  const [field, setField] = useState<FieldId | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [newAgreement, setNewAgreement] = useState(0);
  const runner = useRun();
  const run = (action: () => Promise<unknown>) => void runner.run(action);
  const ownCards = useOwnCards(session.teamId);
  const half = usePhaseSignals(view);
  const next = () => run(actions.nextPhase);
  const togglePause = () => run(view.room.pausedAt === null ? actions.pause : actions.resume);
  const extend = () => run(() => actions.extend(5));
  const draw = (kind: Card['kind']) => run(() => actions.drawCard(kind, field, view.room.drawnCards));
  useShortcuts(view.phase !== null, {
    n: next,
    p: togglePause,
    e: extend,
    k: () => draw('dialog'),
    a: () => setNewAgreement((n) => n + 1),
    f: () => setPresenting((p) => !p),
    Escape: () => setPresenting(false),
  });

  if (presenting && view.phase && view.clock)
    return (
      <Presentation phase={view.phase} clock={view.clock} card={view.room.currentCard} half={half} onExit={() => setPresenting(false)} />
    );
  return (
    <main class="session">
      <header class="session-header">
        <h1>{t('session.title')}</h1>
        <a href={dashboardUrl({ teamId: session.teamId })}>{t('popup.openDashboard')}</a>
        {view.phase && (
          <button type="button" class="secondary" onClick={() => setPresenting(true)} aria-keyshortcuts="F">
            {t('session.present')}
          </button>
        )}
        <SoundToggle onChange={(on) => run(() => actions.setSound(on))} />
      </header>
      {runner.error && (
        <p class="banner" role="alert">
          {runner.error}
        </p>
      )}
      <StageNotice top={view.top} busy={runner.busy} onStart={() => run(actions.start)} />
      {view.phase && view.clock && (
        <PhaseBar
          variant={view.variant}
          phase={view.phase}
          clock={view.clock}
          half={half}
          busy={runner.busy}
          onNext={next}
          onPauseToggle={togglePause}
          onExtend={extend}
        />
      )}
      <p class="shortcuts">{t('session.shortcuts')}</p>
      <div class="session-grid">
        <WheelPanel teamId={session.teamId} selected={field} onSelect={(f) => setField(field === f ? null : f)} />
        {view.phase && (
          <Cards
            view={view}
            field={field}
            ownCards={ownCards}
            teamId={session.teamId}
            onDraw={draw}
            onBlank={(text) => run(() => actions.blankCard(text))}
          />
        )}
      </div>
      {(view.top === 'prepared' || view.top === 'session') && <RoomPanel view={view} employees={employees} actions={actions} run={run} />}
      <SessionSheet session={session} locked={view.sheetLock} newAgreementFocus={newAgreement} onError={runner.fail} />
    </main>
  );
}

/** Before the session: the start button; after it: that it has ended. */
function StageNotice({ top, busy, onStart }: { top: string; busy: boolean; onStart: () => void }) {
  const { t } = useT();
  if (top === 'session') return null;
  if (top !== 'prepared') {
    return (
      <p class="ended" role="status">
        {t('session.ended')}
      </p>
    );
  }
  return (
    <section>
      <p>{t('session.notStarted')}</p>
      <button type="button" disabled={busy} onClick={onStart}>
        {t('session.start')}
      </button>
    </section>
  );
}

interface CardsProps {
  view: RoomView;
  field: FieldId | null;
  ownCards: OwnCard[];
  teamId: string;
  onDraw: (kind: Card['kind']) => void;
  onBlank: (text: string) => void;
}

function Cards({ view, field, ownCards, teamId, onDraw, onBlank }: CardsProps) {
  const { drawnCards } = view.room;
  const empty = (kind: Card['kind']) => pickCard(pileOf(kind, field, ownCards), drawnCards, 0) === null;
  return (
    <CardTable
      teamId={teamId}
      field={field}
      current={view.room.currentCard}
      drawn={drawnCards}
      exhausted={{ dialog: empty('dialog'), exercise: empty('exercise') }}
      onDraw={onDraw}
      onBlank={onBlank}
    />
  );
}

interface RoomPanelProps {
  view: RoomView;
  employees: ReadySession['employees'];
  actions: SessionActions;
  run: (action: () => Promise<unknown>) => void;
}

function RoomPanel({ view, employees, actions, run }: RoomPanelProps) {
  return (
    <Room
      employees={employees}
      absent={view.room.absent}
      groups={view.groups}
      pairs={view.pairs}
      noteTakers={view.room.noteTakers}
      format={view.format}
      showPairs={AGENDA[view.variant].some((p) => p.format === 'pairs')}
      onAbsent={(employeeId, absent) => run(() => actions.setAbsent(employeeId, absent))}
      onReshuffle={() => run(actions.reshuffle)}
      onNoteTaker={(group, employeeId) => run(() => actions.setNoteTaker(group, employeeId))}
    />
  );
}
