// The leader's actions in the session view: each one event for the cycle's log, or one write to
// the competence sheet. The store (appendEvent, saveAgreement) decides whether it is allowed.
import type { CycleEvent } from '../../machines/cycle.machine';
import { appendEvent, loadCycle } from '../cycles/store';
import { type Card, type FieldId, pickCard, pileOf } from '../session/cards';
import { addOwnCard, type OwnCardDraft, ownCardsOfCycle, removeOwnCard, updateOwnCard } from '../session/custom-cards';
import { setSessionSound } from '../session/sound';
import { type AgreementDraft, deleteAgreement, saveAgreement } from '../sheet/store';
import { type ActionDeps, withDeps } from './deps';

/** What the session's actions take from outside; tests pass their own. */
export interface SessionDeps extends ActionDeps {
  /** In [0, 1): which card is drawn, and the groups' seed. */
  random: () => number;
  uuid: () => string;
}

export type SessionActions = ReturnType<typeof sessionActions>;

export function sessionActions(cycleId: string, deps: Partial<SessionDeps> = {}) {
  const { db, now } = withDeps(deps);
  const { random = Math.random, uuid = () => crypto.randomUUID() } = deps;
  const send = async (event: CycleEvent): Promise<void> => {
    await appendEvent(db, cycleId, event);
  };
  return {
    /** Rebuilds a stale cache (after an update of the machine), so the view has a state to show. */
    refresh: async (): Promise<void> => {
      await loadCycle(db, cycleId, now());
    },
    start: () => send({ type: 'leader.startSession', at: now() }),
    nextPhase: () => send({ type: 'leader.nextPhase', at: now() }),
    pause: () => send({ type: 'leader.pausePhase', at: now() }),
    resume: () => send({ type: 'leader.resumePhase', at: now() }),
    extend: (minutes = 5) => send({ type: 'leader.extendPhase', at: now(), minutes }),
    /**
     * Draws a card not drawn before from the field's pile (all fields without one), the team's own
     * cards included; null when the pile is empty. An own card's words go into the event, so the
     * log keeps them after the card is changed or removed.
     */
    drawCard: async (kind: Card['kind'], field: FieldId | null, drawn: readonly string[]): Promise<string | null> => {
      const own = await ownCardsOfCycle(db, cycleId);
      const card = pickCard(pileOf(kind, field, own), drawn, random());
      if (!card) return null;
      const ownText = own.some((c) => c.id === card.id) ? { text: card.text } : {};
      await send({ type: 'leader.drawCard', at: now(), cardId: card.id, ...ownText });
      return card.id;
    },
    /** A blank card with the leader's own words. */
    blankCard: (text: string) => send({ type: 'leader.drawCard', at: now(), cardId: `blank-${uuid()}`, text }),
    setAbsent: (employeeId: string, absent: boolean) => send({ type: 'leader.setAbsent', at: now(), employeeId, absent }),
    reshuffle: () => send({ type: 'leader.reshuffle', at: now(), seed: Math.floor(random() * 2 ** 31) }),
    setNoteTaker: (group: number, employeeId: string) => send({ type: 'leader.setNoteTaker', at: now(), group, employeeId }),
    /** An empty agreement row in the team's block (employeeId null) or an employee's. */
    newAgreement: async (employeeId: string | null, id: string = uuid()): Promise<void> => {
      await saveAgreement(db, { id, cycleId, employeeId, text: '', owner: '', due: '' }, now());
    },
    saveAgreement: async (draft: AgreementDraft): Promise<void> => {
      await saveAgreement(db, draft, now());
    },
    deleteAgreement: (id: string) => deleteAgreement(db, id, now()),
    /** The chimes on or off, remembered for every session. */
    setSound: (on: boolean) => setSessionSound(db, on),
  };
}

/** The team's own dialog and exercise cards, from the team page or the session's card table. */
export function ownCardActions(teamId: string, deps: Partial<SessionDeps> = {}) {
  const { db, now } = withDeps(deps);
  const { uuid = () => crypto.randomUUID() } = deps;
  return {
    add: async (draft: OwnCardDraft): Promise<void> => {
      await addOwnCard(db, teamId, draft, now(), uuid());
    },
    update: (id: string, draft: OwnCardDraft) => updateOwnCard(db, teamId, id, draft),
    remove: (id: string) => removeOwnCard(db, teamId, id),
  };
}

export type OwnCardActions = ReturnType<typeof ownCardActions>;
