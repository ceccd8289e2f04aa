import { LATEST_VERSION, type TusDb } from '../db/database';
import { BACKED_UP_TABLES, type BackupContent, type BackupTables } from './content';

/**
 * Every backed-up table, read in one read transaction so the rows agree with each other (no
 * event without its cycle row's head). The PDFs are read as bytes later, outside it: awaiting
 * anything but Dexie inside a transaction would end it.
 */
export async function dumpDatabase(db: TusDb, madeAt: number): Promise<BackupContent> {
  const tables = await db.transaction(
    'r',
    BACKED_UP_TABLES.map((name) => db.table(name)),
    async () => {
      const read = await Promise.all(BACKED_UP_TABLES.map((name) => db.table(name).toArray()));
      return Object.fromEntries(BACKED_UP_TABLES.map((name, i) => [name, read[i]])) as unknown as BackupTables;
    },
  );
  return { schemaVersion: LATEST_VERSION, madeAt, tables };
}
