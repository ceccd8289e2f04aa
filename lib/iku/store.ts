import { agreementWrites } from '../../machines/agreement-writes';
import { ikuOf } from '../../machines/cycle.machine';
import { appendEvent, cycleTables, loadCycle, NotFoundError } from '../cycles/store';
import { isValidIsoDate } from '../dates/datetime';
import type { TusDb } from '../db/database';
import type { Agreement, Employee, IkuVersion } from '../domain/types';
import { KeyedError } from '../i18n/message';
import { newTextCache, type TextCache } from '../pdf/memo';
import type { CharChange } from '../pdf/winansi';
import type { PdfResult } from '../pdf/writer';
import { safeFileName } from '../shared/file-names';
import { sha256Hex } from '../shared/hash';
import { LockedError } from '../sheet/locked-error';
import { addAfterTusRow } from '../sheet/store';
import { contentHashesOf, contentOf, type IkuBase, readIkuBase } from './base';
import { changedIkus } from './changes';
import type { IkuDocument } from './content';
import { checkIkuContent, unresolved } from './content-check';
import { ikuPdf } from './pdf';

// Kept here too: callers and tests of the correction import it from this module.
export { LockedError };

interface Made {
  row: IkuVersion;
  changed: CharChange[];
}

/** The leader chose to generate an employee's IKU although the content check found something, and why. */
export interface ContentOverride {
  employeeId: string;
  reason: string;
}

async function context(db: TusDb, cycleId: string) {
  const { row, snapshot } = await loadCycle(db, cycleId);
  return { snapshot, ...(await readIkuBase(db, row, snapshot.context)) };
}

/** An IKU's row: the PDF stored as made, with the SHA-256 of exactly those bytes. */
function ikuRow(
  cycleId: string,
  base: IkuBase,
  employee: Employee,
  version: number,
  now: number,
  contentHash: string,
  pdf: PdfResult,
  pdfSha256: string,
): Made {
  const year = new Date(base.sessionAt).getUTCFullYear();
  return {
    row: {
      id: `${cycleId}:${employee.id}:${version}`,
      cycleId,
      employeeId: employee.id,
      version,
      contentHash,
      pdfSha256,
      // The bytes, not a Blob: IndexedDB writes them about four times faster (lib/iku/pdf-bytes.ts).
      pdf: pdf.bytes,
      fileName: safeFileName(`IKU_${year}_${base.team.name}_${employee.name}${version > 1 ? `_v${version}` : ''}.pdf`),
      createdAt: now,
    },
    changed: pdf.changed,
  };
}

async function makeIku(cycleId: string, base: IkuBase, employee: Employee, version: number, now: number, cache?: TextCache): Promise<Made> {
  const { doc, contentHash } = await contentOf(base, employee);
  const pdf = await ikuPdf(doc, version, contentHash, cache);
  return ikuRow(cycleId, base, employee, version, now, contentHash, pdf, await sha256Hex(pdf.bytes));
}

/** About one frame: how long IKU generation runs before the page gets a turn to paint its progress. */
const FRAME_MS = 16;

/** A turn for the page between two tasks (a message, not a timer: nested timers wait 4 ms each). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * Version 1 of every employee's IKU, with progress. The content hashes are asked for all at once,
 * and each PDF's hash while the next PDF is made: WebCrypto answers on another thread, and
 * waiting for each answer in turn cost more than the hashing. The PDFs share their text work
 * (most of a team's IKUs is the same text). The page gets a turn to paint the progress about
 * once a frame rather than after every document.
 */
async function makeFirstIkus(
  cycleId: string,
  base: IkuBase,
  now: number,
  onProgress: (done: number, total: number) => void,
): Promise<Made[]> {
  const contents = await Promise.all(base.employees.map((employee) => contentOf(base, employee)));
  const made: Promise<Made>[] = [];
  const cache = newTextCache();
  let turn = performance.now();
  for (const [i, employee] of base.employees.entries()) {
    const { doc, contentHash } = contents[i]!;
    const pdf = await ikuPdf(doc, 1, contentHash, cache);
    made.push(sha256Hex(pdf.bytes).then((sha) => ikuRow(cycleId, base, employee, 1, now, contentHash, pdf, sha)));
    onProgress(i + 1, base.employees.length);
    if (performance.now() - turn > FRAME_MS) {
      await nextTask();
      turn = performance.now();
    }
  }
  return Promise.all(made);
}

/** Where generateAllIkus's time goes, as user timing (`ikus:read`, `ikus:pdfs`, `ikus:write`; bench/profile-ikus.ts). */
function phase(name: string, start: number): number {
  performance.measure(`ikus:${name}`, { start });
  return performance.now();
}

/**
 * One IKU per employee, merging the team's and the employee's own agreements. Refused (nothing
 * made) while the content check (content-check.ts) finds something for an employee the leader
 * has not overridden with a reason; the overrides are logged with the event. The PDFs are made
 * first (with progress), then every version and the cycle's event are written in one transaction.
 */
export async function generateAllIkus(
  db: TusDb,
  cycleId: string,
  now: number,
  onProgress: (done: number, total: number) => void = () => {},
  overrides: readonly ContentOverride[] = [],
): Promise<{ made: IkuVersion[]; changed: CharChange[] }> {
  let start = performance.now();
  const base = await context(db, cycleId);
  start = phase('read', start);
  const checks = checkIkuContent(base.employees, base.agreements);
  const open = new Set(unresolved(checks, overrides));
  if (open.size) {
    const names = base.employees.filter((e) => open.has(e.id)).map((e) => e.name);
    throw new KeyedError('ikus.check.refused', { names: names.join(', ') });
  }
  const flagged = new Set(checks.map((c) => c.employeeId));
  const logged = overrides.filter((o) => flagged.has(o.employeeId)).map((o) => ({ employeeId: o.employeeId, reason: o.reason.trim() }));
  const made = await makeFirstIkus(cycleId, base, now, onProgress);
  start = phase('pdfs', start);
  await db.transaction('rw', [db.ikus, ...cycleTables(db)], async () => {
    await db.ikus.bulkAdd(made.map((m) => m.row));
    await appendEvent(db, cycleId, {
      type: 'leader.generateIkus',
      at: now,
      ikus: made.map((m) => ({ employeeId: m.row.employeeId, hash: m.row.contentHash })),
      ...(logged.length ? { overrides: logged } : {}),
    });
  });
  phase('write', start);
  const changed = new Map(made.flatMap((m) => m.changed).map((c) => [c.char, c]));
  return { made: made.map((m) => m.row), changed: [...changed.values()] };
}

/**
 * After a change, a new version for each employee whose IKU content changed; the machine then
 * voids any consent to the old version. Unchanged IKUs keep their version.
 */
export async function reviseIkus(db: TusDb, cycleId: string, now: number, only?: readonly string[]): Promise<IkuVersion[]> {
  const base = await context(db, cycleId);
  const hashes = new Map<string, string[]>();
  for (const employee of base.employees)
    if (!only || only.includes(employee.id)) hashes.set(employee.id, await contentHashesOf(base, employee));
  const made: IkuVersion[] = [];
  const cache = newTextCache();
  for (const employeeId of changedIkus(base.snapshot.context.ikus, hashes)) {
    const employee = base.employees.find((e) => e.id === employeeId)!;
    const current = ikuOf(base.snapshot.context, employeeId)!;
    made.push((await makeIku(cycleId, base, employee, current.context.version + 1, now, cache)).row);
  }
  if (!made.length) return [];
  await db.transaction('rw', [db.ikus, ...cycleTables(db)], async () => {
    await db.ikus.bulkAdd(made);
    for (const row of made)
      await appendEvent(db, cycleId, { type: 'iku.generate', employeeId: row.employeeId, at: now, hash: row.contentHash });
  });
  return made;
}

/** What an agreement after the TUS says: what, who and when, like every individual agreement. */
export interface AfterTusDraft {
  text: string;
  owner: string;
  due: string;
}

/**
 * An agreement made after the TUS between leader and employee, and the employee's new IKU version
 * with it, in one transaction: the PDF is made first (with the new row in it), then the row (the
 * sheet store checks the state allows it), the version and `iku.generate` are written together.
 * If anything fails, nothing is written, and consent to the old version cannot outlive the change.
 * Refused without what, who and when: it goes straight into an IKU, with no content check between.
 */
export async function addAgreementAfterTus(
  db: TusDb,
  cycleId: string,
  employeeId: string,
  input: AfterTusDraft,
  now: number,
): Promise<IkuVersion> {
  const [text, owner, due] = [input.text.trim(), input.owner.trim(), input.due.trim()];
  if (!text || !owner || !isValidIsoDate(due)) throw new KeyedError('ikus.afterTus.incomplete');
  const base = await context(db, cycleId);
  const employee = base.employees.find((e) => e.id === employeeId);
  const current = ikuOf(base.snapshot.context, employeeId);
  if (!employee || !current) throw new NotFoundError('employee');
  const draft = { id: crypto.randomUUID(), cycleId, employeeId, afterTus: true, text, owner, due };
  const withRow = { ...base, agreements: [...base.agreements, { ...draft, createdAt: now, updatedAt: now }] };
  const { row } = await makeIku(cycleId, withRow, employee, current.context.version + 1, now);
  await db.transaction('rw', [db.ikus, db.agreements, ...cycleTables(db)], async () => {
    await addAfterTusRow(db, draft, now);
    await db.ikus.add(row);
    await appendEvent(db, cycleId, { type: 'iku.generate', employeeId, at: now, hash: row.contentHash });
  });
  return row;
}

/**
 * Each employee's IKU content as the data stands now, with its hash. Equal to a consented hash,
 * it is the content that was approved (the hash covers all of it), so the archive file can print
 * it again; a different hash means something changed since (a name, the leader's settings).
 */
export async function currentIkuContents(db: TusDb, cycleId: string): Promise<Map<string, { doc: IkuDocument; contentHash: string }>> {
  const base = await context(db, cycleId);
  const out = new Map<string, { doc: IkuDocument; contentHash: string }>();
  for (const employee of base.employees) out.set(employee.id, await contentOf(base, employee));
  return out;
}

export async function latestIkus(db: TusDb, cycleId: string): Promise<IkuVersion[]> {
  const all = await db.ikus.where('cycleId').equals(cycleId).toArray();
  const latest = new Map<string, IkuVersion>();
  for (const v of all) if ((latest.get(v.employeeId)?.version ?? 0) < v.version) latest.set(v.employeeId, v);
  return [...latest.values()];
}

/**
 * A correction of an individual agreement, written by the leader on the employee's behalf while
 * the correction window is open; logged with old and new text. After the window: refused.
 */
export async function correctAgreement(
  db: TusDb,
  agreement: Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text' | 'owner' | 'due'>,
  now: number,
): Promise<void> {
  if (!agreement.employeeId) throw new LockedError('onlyIndividual');
  await db.transaction('rw', [...cycleTables(db), db.agreements, db.corrections], async () => {
    const { snapshot } = await loadCycle(db, agreement.cycleId);
    if (agreementWrites(snapshot, now).mode !== 'correction') throw new LockedError('deadlinePassed');
    const old = await db.agreements.get(agreement.id);
    if (old && old.cycleId !== agreement.cycleId) throw new LockedError('otherCycle');
    if (old && old.employeeId !== agreement.employeeId) throw new LockedError('otherEmployee');
    if (old?.text === agreement.text && old.owner === agreement.owner && old.due === agreement.due) return;
    await db.agreements.put({ ...agreement, createdAt: old?.createdAt ?? now, updatedAt: now });
    await db.corrections.add({
      id: crypto.randomUUID(),
      cycleId: agreement.cycleId,
      agreementId: agreement.id,
      employeeId: agreement.employeeId!,
      at: now,
      by: 'leader',
      oldText: old?.text ?? '',
      newText: agreement.text,
      // A fix of who or when alone is a correction too: kept, not logged as "text → same text".
      oldOwner: old?.owner ?? '',
      newOwner: agreement.owner,
      oldDue: old?.due ?? '',
      newDue: agreement.due,
    });
  });
}
