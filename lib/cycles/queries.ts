// What the team page reads about cycles, for live queries: reads only, never a write.
import type { TusDb } from '../db/database';
import type { CycleRow } from '../db/rows';
import { type AuditLine, auditLine } from './audit';
import { readCycleLog, verifyCycleLog } from './store';

// The row types a view shows, named here so that views need not import lib/db.
export type { BreakKind, ChainBreak, CycleCache, CycleIntegrity, CycleRow } from '../db/rows';

/** A team's cycles, newest first. */
export const cyclesOf = (db: TusDb, teamId: string): Promise<CycleRow[]> =>
  db.cycles.where('[teamId+createdAt]').between([teamId, 0], [teamId, Infinity]).reverse().toArray();

/** A cycle's logbook as lines to show. */
export const logLinesOf = async (db: TusDb, cycleId: string): Promise<AuditLine[]> => (await readCycleLog(db, cycleId)).map(auditLine);

/** The logbook's own check of its hash chain (any cycle, closed ones too). */
export const logVerdictOf = async (db: TusDb, cycleId: string) => (await verifyCycleLog(db, cycleId)).verdict;
