import type { AuditSource as EventRow } from '../../lib/cycles/audit';
import { toRow } from '../../lib/cycles/replay';
import { cycleMachine } from '../../machines/cycle.machine';
import { ikuMachine } from '../../machines/iku.machine';
import { initialSnapshot } from '../../machines/pure-step';
import { candidateEvents, SESSION_AT } from './cycle-events';

/** A state node as far as this walk needs it (xstate's StateNode has both). */
interface Node {
  transitions: Map<string, unknown>;
  states: Record<string, Node>;
}

/**
 * Every event type some state of the machine handles, read from the machine itself, so a type
 * added to a machine shows up here without anyone listing it. `transitions` is used rather than
 * xstate's `events`, which leaves out transitions that have neither target nor actions.
 */
function eventTypesOf(node: Node): Set<string> {
  const types = new Set([...node.transitions.keys()].filter((t) => !t.startsWith('xstate.')));
  for (const child of Object.values(node.states)) for (const t of eventTypesOf(child)) types.add(t);
  return types;
}

/** The event types of both machines, sorted. */
export const MACHINE_EVENT_TYPES: readonly string[] = [
  ...new Set([...eventTypesOf(cycleMachine.root), ...eventTypesOf(ikuMachine.root)]),
].sort();

/** Logged rows of one type: the traversal tests' plausible payloads, or an empty one (a label must not need one). */
export function sampleRows(type: string): EventRow[] {
  const samples = candidateEvents(initialSnapshot(cycleMachine, { variant: 'tus-iku' })).filter((e) => e.type === type);
  const rows = samples.map((e, i) => toRow('c1', i + 1, e));
  return rows.length ? rows : [{ seq: 1, type, at: SESSION_AT, payload: {} }];
}
