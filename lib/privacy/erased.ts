// Which employees and cycles were erased here, kept as SHA-256 of their ids only (no names, not
// even the id a search of every table would find: the record of an erasure must not keep what it
// erased). A restore reads it so that an older backup never brings them back.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { TusDb } from '../db/database';

/** An id as the record keeps it. Synchronous: awaiting WebCrypto inside the erasure's transaction would commit it. */
export const erasedKeyOf = (id: string): string => bytesToHex(sha256(utf8ToBytes(`tus-assistent erased\n${id}`)));

/** The settings row holding the erased ids. */
export const ERASED_KEY = 'privacy.erased';

/** The hashed ids (erasedKeyOf) of erased employees and cycles. */
export interface ErasedIds {
  employees: string[];
  cycles: string[];
}

const ids = (x: unknown): string[] => (Array.isArray(x) ? x.filter((y): y is string => typeof y === 'string') : []);

/** The stored value read leniently: anything that is not a list of ids counts as none. */
export function erasedOf(value: unknown): ErasedIds {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { employees: ids(v.employees), cycles: ids(v.cycles) };
}

/** Both lists joined, without repeats. */
export const joinErased = (a: ErasedIds, b: ErasedIds): ErasedIds => ({
  employees: [...new Set([...a.employees, ...b.employees])],
  cycles: [...new Set([...a.cycles, ...b.cycles])],
});

/** Tells whether a plain id is on the record. */
export function isErased(erased: ErasedIds): { employee: (id: string) => boolean; cycle: (id: string) => boolean } {
  const employees = new Set(erased.employees);
  const cycles = new Set(erased.cycles);
  return { employee: (id) => employees.has(erasedKeyOf(id)), cycle: (id) => cycles.has(erasedKeyOf(id)) };
}

export async function readErased(db: TusDb): Promise<ErasedIds> {
  return erasedOf((await db.settings.get(ERASED_KEY))?.value);
}

/** Adds plain ids to the record, hashed, inside the caller's transaction (the erasure's own). */
export async function recordErased(db: TusDb, add: Partial<ErasedIds>): Promise<void> {
  const hashed = { employees: (add.employees ?? []).map(erasedKeyOf), cycles: (add.cycles ?? []).map(erasedKeyOf) };
  const next = joinErased(await readErased(db), hashed);
  await db.settings.put({ key: ERASED_KEY, value: next });
}
