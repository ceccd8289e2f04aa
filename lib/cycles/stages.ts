import type { Variant } from '../domain/types';

/** The stages a cycle passes through, in order, per variant: the dashboard's timeline. */
export type Stage =
  | 'draft'
  | 'invited'
  | 'prepared'
  | 'session'
  | 'corrections'
  | 'ikusGenerated'
  | 'consent'
  | 'archived'
  | 'teamPlan'
  | 'followUps'
  | 'closed';

const ORDER: Record<Variant, Stage[]> = {
  'tus-iku': ['draft', 'invited', 'prepared', 'session', 'corrections', 'ikusGenerated', 'consent', 'archived', 'followUps', 'closed'],
  tus: ['draft', 'invited', 'prepared', 'session', 'teamPlan', 'followUps', 'closed'],
};

export const stagesOf = (variant: Variant): readonly Stage[] => ORDER[variant];
