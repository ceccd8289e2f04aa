import type { CycleEvent } from '../../machines/cycle.machine';

const MIN = 60_000;

/** The blank card's own words in the script, so tests can look for them in the logbook. */
export const SCRIPT_BLANK_CARD = 'Hvad gør vi, når en kollega er syg?';

/**
 * A TUS med IKU session that uses every action of the session room once or more: absence and
 * reshuffling before the start, note-takers, a card from the pile and a blank card with text,
 * pause, resume, extension, a returning employee, a second reshuffle; then on to corrections.
 * Starts where `scriptEvents(…, 'prepared')` stops; needs at least two employees.
 * Events are minutes apart, so the logbook shows each at its own minute.
 */
export function roomScriptEvents(employeeIds: readonly string[], sessionAt: number): CycleEvent[] {
  const [first, second] = employeeIds;
  const last = employeeIds.at(-1);
  if (!first || !second || !last) throw new Error('The room script needs at least two employees');
  const before = (m: number) => sessionAt - m * MIN;
  let minute = 0;
  const at = () => sessionAt + minute++ * MIN;
  const events: CycleEvent[] = [
    { type: 'leader.setAbsent', at: before(10), employeeId: last, absent: true },
    { type: 'leader.reshuffle', at: before(9), seed: 42 },
    { type: 'leader.startSession', at: at() },
    { type: 'leader.setNoteTaker', at: at(), group: 0, employeeId: first },
    { type: 'leader.nextPhase', at: at() },
    { type: 'leader.drawCard', at: at(), cardId: 'voresTeam-1' },
    { type: 'leader.drawCard', at: at(), cardId: 'blank-1', text: SCRIPT_BLANK_CARD },
    { type: 'leader.pausePhase', at: at() },
    { type: 'leader.resumePhase', at: at() },
    { type: 'leader.extendPhase', at: at(), minutes: 5 },
    { type: 'leader.setAbsent', at: at(), employeeId: last, absent: false },
    { type: 'leader.reshuffle', at: at(), seed: 7 },
    { type: 'leader.setNoteTaker', at: at(), group: 1, employeeId: second },
  ];
  // intro → groups was above; groups → plenum → pairs → plenum → wrapUp → corrections.
  for (let i = 0; i < 5; i++) events.push({ type: 'leader.nextPhase', at: at() });
  return events;
}
