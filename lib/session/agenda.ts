import type { Variant } from '../domain/types';

export type PhaseId = 'intro' | 'teamFocus.groups' | 'teamFocus.plenum' | 'individualFocus.pairs' | 'individualFocus.plenum' | 'wrapUp';

export interface Phase {
  id: PhaseId;
  minutes: number;
  /** How the room works in this phase: everyone together, groups of 3–4, or pairs. */
  format: 'plenum' | 'groups' | 'pairs';
}

/**
 * The seeds' agendas. TUS med IKU: intro 6, team focus 20 + 20, individual focus 14 (7 each in
 * pairs) + 20, wrap-up 10 = 90 minutes. Plain TUS: the wheel's fields in groups and plenum, and
 * 15 minutes at the end for the team development plan.
 */
export const AGENDA: Record<Variant, readonly Phase[]> = {
  'tus-iku': [
    { id: 'intro', minutes: 6, format: 'plenum' },
    { id: 'teamFocus.groups', minutes: 20, format: 'groups' },
    { id: 'teamFocus.plenum', minutes: 20, format: 'plenum' },
    { id: 'individualFocus.pairs', minutes: 14, format: 'pairs' },
    { id: 'individualFocus.plenum', minutes: 20, format: 'plenum' },
    { id: 'wrapUp', minutes: 10, format: 'plenum' },
  ],
  tus: [
    { id: 'intro', minutes: 10, format: 'plenum' },
    { id: 'teamFocus.groups', minutes: 35, format: 'groups' },
    { id: 'teamFocus.plenum', minutes: 30, format: 'plenum' },
    { id: 'wrapUp', minutes: 15, format: 'plenum' },
  ],
};

/** The phase id of a session state value such as { session: { teamFocus: 'groups' } }. */
export function phaseOf(value: unknown): PhaseId | null {
  if (typeof value !== 'object' || value === null || !('session' in value)) return null;
  const inner = (value as { session: unknown }).session;
  if (typeof inner === 'string') return inner as PhaseId;
  const [parent, child] = Object.entries(inner as Record<string, string>)[0] ?? [];
  return parent ? (`${parent}.${child}` as PhaseId) : null;
}

export const phaseById = (variant: Variant, id: PhaseId) => AGENDA[variant].find((p) => p.id === id) ?? null;
