import { errorMessage } from '../../lib/shared/error-message';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getDb } from '../../lib/browser/db';
import { dashboardUrl } from '../../lib/browser/pages';
import { appendEvent, loadCycle } from '../../lib/cycles/store';
import { fromCache, isCacheCurrent } from '../../lib/cycles/replay';
import type { CycleEvent } from '../../machines/cycle.machine';
import { topState } from '../../machines/next-step';
import { agreementWrites } from '../../machines/agreement-writes';
import { pickLocale, t } from '../../lib/i18n';
import { AGENDA, phaseById, phaseOf } from '../../lib/session/agenda';
import { cardText, GROUND_RULES, pickCard, pileOf, type FieldId } from '../../lib/session/cards';
import { splitGroups, splitPairs } from '../../lib/session/groups';
import { formatClock, phaseClock } from '../../lib/session/timer';
import { agreementsOf, deleteAgreement, saveAgreement } from '../../lib/sheet/store';
import { useLiveQuery } from '../hooks/use-live-query';
import { PhaseBar } from './PhaseBar';
import { Room } from './Room';
import { Wheel } from './Wheel';
import { CardTable } from './CardTable';
import { SheetEditor } from './SheetEditor';
import { chime } from './chime';

const locale = pickLocale(navigator.languages);
const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function SessionApp({ cycleId }: { cycleId: string }) {
  const db = getDb();
  const row = useLiveQuery(() => db.cycles.get(cycleId), [cycleId]);
  const cycle = row.value;
  const employees = useLiveQuery(async () => (cycle ? db.employees.where('teamId').equals(cycle.teamId).sortBy('name') : []), [cycle?.teamId]).value ?? [];
  const agreements = useLiveQuery(() => agreementsOf(db, cycleId), [cycleId]).value ?? [];
  const [now, setNow] = useState(Date.now());
  const [field, setField] = useState<FieldId | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [newAgreement, setNewAgreement] = useState(0);
  const chimedFor = useRef<number | null>(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (cycle && !isCacheCurrent(cycle.cache)) void loadCycle(db, cycle.id);
  }, [cycle?.id, cycle?.cache?.machineVersion]);

  const snapshot = cycle?.cache && isCacheCurrent(cycle.cache) ? fromCache(cycle.cache) : null;
  const context = snapshot?.context;
  const phase = snapshot ? phaseOf(snapshot.value) : null;
  const variant = context?.variant ?? 'tus-iku';
  const present = employees.filter((e) => !context?.room.absent.includes(e.id));
  const groups = useMemo(() => splitGroups(present, context?.room.seed ?? 1), [present.map((e) => e.id).join(), context?.room.seed]);
  const pairs = useMemo(() => splitPairs(present, context?.room.seed ?? 1), [present.map((e) => e.id).join(), context?.room.seed]);
  const phaseInfo = phase ? phaseById(variant, phase) : null;
  const clock = phaseInfo && context?.phaseStartedAt ? phaseClock(context.phaseStartedAt, phaseInfo.minutes, context.room, now) : null;

  // A gentle sound once when a phase runs out (not again after a reload of an overrun phase).
  useEffect(() => {
    if (!clock || !context?.phaseStartedAt) return;
    if (clock.over && chimedFor.current !== context.phaseStartedAt && clock.remainingMs > -5_000) chime();
    if (clock.over) chimedFor.current = context.phaseStartedAt;
  }, [clock?.over, context?.phaseStartedAt]);

  const send = async (event: CycleEvent) => {
    setBusy(true);
    setError(null);
    try {
      await appendEvent(db, cycleId, event);
    } catch (e) {
      setError(t('error.generic', { message: errorMessage(e) }, locale));
    } finally {
      setBusy(false);
    }
  };
  const draw = (kind: 'dialog' | 'exercise') => {
    if (!context) return;
    const card = pickCard(pileOf(kind, field), context.room.drawnCards, Math.random());
    if (card) void send({ type: 'leader.drawCard', at: Date.now(), cardId: card.id });
  };
  const left = (kind: 'dialog' | 'exercise') =>
    context ? pickCard(pileOf(kind, field), context.room.drawnCards, 0) === null : true;
  const togglePause = () => context && void send({ type: context.room.pausedAt === null ? 'leader.pausePhase' : 'leader.resumePhase', at: Date.now() });
  const next = () => void send({ type: 'leader.nextPhase', at: Date.now() });
  const extend = () => void send({ type: 'leader.extendPhase', at: Date.now(), minutes: 5 });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || !phase) return;
      const actions: Record<string, () => void> = {
        n: next,
        p: togglePause,
        e: extend,
        k: () => draw('dialog'),
        a: () => setNewAgreement((n) => n + 1),
        f: () => setPresenting((p) => !p),
        Escape: () => setPresenting(false),
      };
      const action = actions[e.key.length === 1 ? e.key.toLowerCase() : e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  if (row.value === undefined && !row.error) return <p aria-busy="true">{t('popup.loading', {}, locale)}</p>;
  if (!cycle) return <p role="alert">{t('session.notFound', {}, locale)}</p>;
  if (!snapshot || !context) return <p aria-busy="true">{t('popup.loading', {}, locale)}</p>;

  const top = topState(snapshot.value);
  // The store refuses what the state does not allow; the view only mirrors that rule.
  const sheetLock = agreementWrites(snapshot, now).locked;
  const card = context.room.currentCard;
  const shownCard = cardText(card);

  if (presenting && phase && clock) {
    return (
      <main class="presentation" onClick={() => setPresenting(false)}>
        <p class="present-phase">{t(`phase.${phase}`, {}, locale)}</p>
        <p class={`present-clock${clock.over ? ' over' : ''}`} role="timer">
          {clock.over ? t('session.over', {}, locale) : formatClock(clock.remainingMs)}
        </p>
        {shownCard && <p class="present-card">{shownCard}</p>}
        {phase === 'intro' && !shownCard && (
          <section class="present-rules" aria-label={t('session.groundRules', {}, locale)}>
            <h2>{t('session.groundRules', {}, locale)}</h2>
            <ul>
              {GROUND_RULES.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </section>
        )}
        <p class="present-hint">{t('session.exitPresent', {}, locale)}: Esc / F</p>
      </main>
    );
  }

  return (
    <main class="session">
      <header class="session-header">
        <h1>{t('session.title', {}, locale)}</h1>
        <a href={dashboardUrl({ teamId: cycle.teamId })}>{t('popup.openDashboard', {}, locale)}</a>
        {phase && (
          <button type="button" class="secondary" onClick={() => setPresenting(true)} aria-keyshortcuts="F">
            {t('session.present', {}, locale)}
          </button>
        )}
      </header>
      {error && (
        <p class="banner" role="alert">
          {error}
        </p>
      )}
      {top === 'prepared' && (
        <section>
          <p>{t('session.notStarted', {}, locale)}</p>
          <button type="button" disabled={busy} onClick={() => send({ type: 'leader.startSession', at: Date.now() })}>
            {t('session.start', {}, locale)}
          </button>
        </section>
      )}
      {top !== 'prepared' && top !== 'session' && (
        <p class="ended" role="status">
          {t('session.ended', {}, locale)}
        </p>
      )}
      {phase && clock && (
        <PhaseBar variant={variant} phase={phase} clock={clock} locale={locale} busy={busy} onNext={next} onPauseToggle={togglePause} onExtend={extend} />
      )}
      <p class="shortcuts">{t('session.shortcuts', {}, locale)}</p>
      <div class="session-grid">
        <section class="wheel-panel" aria-labelledby="wheel-heading">
          <h2 id="wheel-heading">{t('session.wheel', {}, locale)}</h2>
          <Wheel selected={field} label={t('session.wheel', {}, locale)} onSelect={(f) => setField(field === f ? null : f)} />
        </section>
        {phase && (
          <CardTable
            field={field}
            current={card}
            drawn={context.room.drawnCards}
            exhausted={{ dialog: left('dialog'), exercise: left('exercise') }}
            locale={locale}
            onDraw={draw}
            onBlank={(text) => send({ type: 'leader.drawCard', at: Date.now(), cardId: `blank-${crypto.randomUUID()}`, text })}
          />
        )}
      </div>
      {(top === 'prepared' || top === 'session') && (
        <Room
          employees={employees}
          absent={context.room.absent}
          groups={groups}
          pairs={pairs}
          noteTakers={context.room.noteTakers}
          format={phaseInfo?.format ?? 'plenum'}
          showPairs={AGENDA[variant].some((p) => p.format === 'pairs')}
          locale={locale}
          onAbsent={(employeeId, absent) => send({ type: 'leader.setAbsent', at: Date.now(), employeeId, absent })}
          onReshuffle={() => send({ type: 'leader.reshuffle', at: Date.now(), seed: Math.floor(Math.random() * 2 ** 31) })}
          onNoteTaker={(group, employeeId) => send({ type: 'leader.setNoteTaker', at: Date.now(), group, employeeId })}
        />
      )}
      <SheetEditor
        cycleId={cycleId}
        title={variant === 'tus-iku' ? t('session.sheet', {}, locale) : t('session.teamPlanSheet', {}, locale)}
        employees={employees}
        showIndividual={variant === 'tus-iku'}
        agreements={agreements}
        locale={locale}
        newAgreementFocus={newAgreement}
        locked={sheetLock}
        onSave={async (draft) => {
          try {
            await saveAgreement(db, draft, Date.now());
          } catch (e) {
            setError(t('error.generic', { message: errorMessage(e) }, locale));
            throw e;
          }
        }}
        onDelete={(id) =>
          void deleteAgreement(db, id, Date.now()).catch((e: unknown) => setError(t('error.generic', { message: errorMessage(e) }, locale)))
        }
      />
    </main>
  );
}
