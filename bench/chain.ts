// The event log's hash chain: what it costs per 1,000 events appended and verified, each beside
// a floor (the same work without the chain). Node with fake-indexeddb: the storage figures are
// for comparison with their floor, not Chromium's own times; the hashing figures are the same
// JavaScript the browser runs. Alone: npx vite-node bench/chain.ts. vite-node does not tell a
// script it is the entry, so loading this module runs the benchmark (top-level await): bench/run.ts
// can `const { chainBench } = await import('./chain')` where the figures belong.
import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { fromCache, toCache, toRow } from '../lib/cycles/replay';
import { appendEvent, createCycle, cycleTables, loadCycle } from '../lib/cycles/store';
import { canonicalEvent, verifyChain } from '../lib/db/chain';
import { type EventRow, TusDb } from '../lib/db/database';
import { toStepRow } from '../lib/db/step-rows';
import { scriptEvents } from '../lib/demo/script';
import { readStepOptions } from '../lib/settings/store';
import { addEmployees, createTeam } from '../lib/teams/store';
import { type CycleEvent, cycleMachine } from '../machines/cycle.machine';
import { pureStep } from '../machines/pure-step';

const N = 1000;
const SESSION_AT = Date.UTC(2026, 0, 5, 8);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const per1000 = (ms: number, count: number) => (ms / count) * 1000;

/** appendEvent as it was before the chain: no log read, no hash, no head. The floor for appends. */
async function appendUnchained(db: TusDb, cycleId: string, event: CycleEvent): Promise<void> {
  await db.transaction('rw', cycleTables(db), async () => {
    const row = (await db.cycles.get(cycleId))!;
    const snapshot = fromCache(row.cache!);
    if (!snapshot.can(event)) throw new Error(`refused ${event.type}`);
    const next = pureStep(cycleMachine, snapshot, event);
    const seq = row.cache!.seq + 1;
    const updated = { ...row, open: next.status === 'done' ? (0 as const) : (1 as const), cache: toCache(next, seq) };
    await db.events.add({ ...toRow(cycleId, seq, event), hash: '', prev: '' });
    await db.cycles.put(updated);
    const step = toStepRow(updated, await readStepOptions(db));
    if (step) await db.steps.put(step);
  });
}

type Appender = (db: TusDb, cycleId: string, event: CycleEvent) => Promise<unknown>;

/** A fresh database and cycle, then `events` appended one transaction each; returns ms for the appends. */
async function timeAppends(append: Appender, variant: 'tus' | 'tus-iku', employees: string[], events: CycleEvent[]): Promise<number> {
  const db = new TusDb(`bench-chain-${crypto.randomUUID()}`);
  await createTeam(db, 'Benchmark', 0, 't1');
  await addEmployees(
    db,
    't1',
    employees.map((id) => ({ id, name: id, email: `${id}@x.dk` })),
  );
  const [plan, ...rest] = events;
  const { row } = await createCycle(db, { teamId: 't1', variant, plan: plan?.type === 'leader.updatePlan' ? plan.plan : {}, now: 1 });
  const start = performance.now();
  for (const e of rest) await append(db, row.id, e);
  const ms = performance.now() - start;
  db.close();
  await db.delete();
  return ms;
}

/** 1,000 session events (absence toggled in `prepared`): none of them verifies the log first. */
function sessionEvents(): { employees: string[]; events: CycleEvent[] } {
  const employees = ['e1', 'e2'];
  const head = scriptEvents('tus', employees, SESSION_AT, 'prepared');
  const toggles = Array.from(
    { length: N },
    (_, i): CycleEvent => ({ type: 'leader.setAbsent', at: SESSION_AT - 1000 + i, employeeId: 'e1', absent: i % 2 === 0 }),
  );
  return { employees, events: [...head, ...toggles] };
}

/** About 1,000 events of a large team taken to archived: most are consent and archive events, each verifying the whole log. */
function archiveEvents(): { employees: string[]; events: CycleEvent[] } {
  const employees = Array.from({ length: Math.ceil((N - 12) / 5) }, (_, i) => `e${i}`);
  return { employees, events: scriptEvents('tus-iku', employees, SESSION_AT, 'archived') };
}

export interface ChainBench {
  events: number;
  appendPlain: { ms: number; floorMs: number };
  appendVerifying: { ms: number; floorMs: number; verifying: number };
  verify: { ms: number; floorMs: number };
  load: { ms: number; floorMs: number; readLogMs: number };
}

/** Measures, prints and returns the chain's cost. */
export async function benchChain(runs = 3): Promise<ChainBench> {
  const plain = sessionEvents();
  const archive = archiveEvents();
  const appends = async (set: { employees: string[]; events: CycleEvent[] }, variant: 'tus' | 'tus-iku', runs: number) => {
    const chained: number[] = [];
    const floor: number[] = [];
    for (let r = 0; r < runs; r++) {
      floor.push(await timeAppends(appendUnchained, variant, set.employees, set.events));
      chained.push(await timeAppends(appendEvent, variant, set.employees, set.events));
    }
    const count = set.events.length - 1;
    return { ms: per1000(median(chained), count), floorMs: per1000(median(floor), count) };
  };
  const appendPlain = await appends(plain, 'tus', runs);
  // One run: every consent or archive append reads and hashes the whole log so far (about 30 s).
  const appendVerifying = {
    ...(await appends(archive, 'tus-iku', 1)),
    verifying: archive.events.filter((e) => e.type === 'iku.consent' || e.type === 'iku.requestConsent' || e.type === 'iku.markFiled')
      .length,
  };

  // Verify a stored 1,000-event log; the floor hashes the very same strings with nothing else.
  const db = new TusDb(`bench-chain-${crypto.randomUUID()}`);
  await createTeam(db, 'Benchmark', 0, 't1');
  await addEmployees(
    db,
    't1',
    archive.employees.map((id) => ({ id, name: id, email: `${id}@x.dk` })),
  );
  const [plan, ...rest] = archive.events;
  const { row } = await createCycle(db, {
    teamId: 't1',
    variant: 'tus-iku',
    plan: plan?.type === 'leader.updatePlan' ? plan.plan : {},
    now: 1,
  });
  for (const e of rest) await appendEvent(db, row.id, e);
  const rows: EventRow[] = await db.events.where('[cycleId+seq]').between([row.id, 0], [row.id, Infinity]).toArray();
  const head = (await db.cycles.get(row.id))!.head!;
  const texts = rows.map((r) => utf8ToBytes(`${r.prev}\n${canonicalEvent(r)}`));
  const verifyTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let r = 0; r < 5 * runs; r++) {
    let start = performance.now();
    for (const t of texts) sha256(t);
    floorTimes.push(performance.now() - start);
    start = performance.now();
    if (!verifyChain(rows, head).ok) throw new Error('the benchmark log does not verify');
    verifyTimes.push(performance.now() - start);
  }
  const verify = { ms: per1000(median(verifyTimes), rows.length), floorMs: per1000(median(floorTimes), rows.length) };

  // loadCycle of that cycle with a current cache: it now reads and verifies the log. Floor: reading the cycle row only, as before.
  const loadTimes: number[] = [];
  const readTimes: number[] = [];
  const logTimes: number[] = [];
  for (let r = 0; r < 5 * runs; r++) {
    let start = performance.now();
    await db.cycles.get(row.id);
    readTimes.push(performance.now() - start);
    start = performance.now();
    await db.events.where('[cycleId+seq]').between([row.id, 0], [row.id, Infinity]).toArray();
    logTimes.push(performance.now() - start);
    start = performance.now();
    await loadCycle(db, row.id);
    loadTimes.push(performance.now() - start);
  }
  const load = { ms: median(loadTimes), floorMs: median(readTimes), readLogMs: median(logTimes) };
  db.close();
  await db.delete();

  const line = (name: string, ms: number, floorMs: number, unit = 'ms per 1,000 events') =>
    `${name.padEnd(66)} ${ms.toFixed(1).padStart(8)} ${unit}  floor ${floorMs.toFixed(1).padStart(8)}  ratio ${(ms / floorMs).toFixed(2)}`;
  console.log(
    `Event hash chain (Node ${process.version}, fake-indexeddb; median of ${runs} runs for session appends, 1 for consent/archive appends, ${5 * runs} for the rest)`,
  );
  console.log(line('Append, session events (hash + head; floor: no chain)', appendPlain.ms, appendPlain.floorMs));
  console.log(
    line(
      `Append, ${appendVerifying.verifying} of ${archive.events.length - 1} consent/archive (verify whole log first)`,
      appendVerifying.ms,
      appendVerifying.floorMs,
    ),
  );
  console.log(line(`Verify a ${rows.length}-event log (floor: SHA-256 of the same strings)`, verify.ms, verify.floorMs));
  console.log(line(`loadCycle of that cycle, cache current (floor: read the row)`, load.ms, load.floorMs, 'ms                 '));
  console.log(
    `  of which reading the ${rows.length} rows alone: ${load.readLogMs.toFixed(1)} ms; hashing: ${((verify.ms * rows.length) / 1000).toFixed(1)} ms`,
  );
  return { events: rows.length, appendPlain, appendVerifying, verify, load };
}

export const chainBench: ChainBench = await benchChain();
