import type { Table } from 'dexie';
import Dexie from 'dexie';
import { storesOf } from '../../../lib/db/database';
import { sha256Hex } from '../../../lib/shared/hash';

/** The rows one schema version held, table by table, exactly as that version wrote them. */
export interface DbFixture {
  version: number;
  rows: Readonly<Record<string, readonly object[]>>;
}

/** Builds a version's rows; each builder starts from the version before and adds what its version added. */
export type FixtureBuilder = () => Promise<DbFixture>;

export const DAY = 86_400_000;
/** A Monday in January, 08:00 UTC: the session every fixture's cycles revolve around. */
export const SESSION_AT = Date.UTC(2026, 0, 12, 8);

/**
 * Writes a fixture into a database declared at its version only (no later version is known to
 * the Dexie instance, so nothing is upgraded), and closes it.
 */
export async function writeFixture(name: string, fixture: DbFixture): Promise<void> {
  const db = new Dexie(name);
  db.version(fixture.version).stores(storesOf(fixture.version));
  await db.open();
  for (const [table, rows] of Object.entries(fixture.rows)) await (db.table(table) as Table<object>).bulkAdd([...rows]);
  db.close();
}

/** A small PDF's bytes, different per text, so each IKU version's blob and hash are its own. */
export function pdfBytes(text: string): Uint8Array<ArrayBuffer> {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export const pdfBlob = (text: string) => new Blob([pdfBytes(text)], { type: 'application/pdf' });

/** A blob's SHA-256, so rows holding PDFs compare by content. */
export const blobHash = async (blob: Blob) => sha256Hex(new Uint8Array(await blob.arrayBuffer()));
