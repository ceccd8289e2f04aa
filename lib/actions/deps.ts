import { getDb } from '../browser/db';
import type { TusDb } from '../db/database';

/** What the dashboard's actions take from outside: the page's database and clock, or a test's. */
export interface ActionDeps {
  db: TusDb;
  now: () => number;
}

export const withDeps = (deps: Partial<ActionDeps> = {}): ActionDeps => ({ db: deps.db ?? getDb(), now: deps.now ?? Date.now });
