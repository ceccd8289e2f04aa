// Only in `--mode test` builds (wxt.config.ts skips it otherwise): lets the browser tests and
// the benchmark seed the real database through an extension page.
import { getDb } from '../../lib/browser/db';
import { replay, toRow } from '../../lib/cycles/replay';
import type { Stage } from '../../lib/cycles/stages';
import { appendEvent, cycleTables, loadCycle } from '../../lib/cycles/store';
import { type DatasetOptions, makeDataset } from '../../lib/demo/dataset';
import { importDataset } from '../../lib/demo/import-dataset';
import { scriptEvents } from '../../lib/demo/script';
import type { Variant } from '../../lib/domain/types';
import { ikuPdfBytes } from '../../lib/iku/pdf-bytes';
import { generateAllIkus, latestIkus } from '../../lib/iku/store';
import { bytesToBase64 } from '../../lib/messaging/base64';
import { createTeam } from '../../lib/teams/store';
import type { CycleEvent } from '../../machines/cycle.machine';
import { backupKit } from './backup-kit';

interface SeededTeam {
  teamId: string;
  cycleId: string;
  employeeIds: string[];
}

/** A team with the given people and a cycle scripted up to `stage`. */
async function seedTeam(
  teamName: string,
  people: { name: string; email: string }[],
  variant: Variant,
  stage: Stage,
  sessionAt: number,
): Promise<SeededTeam> {
  const teamId = crypto.randomUUID();
  const cycleId = crypto.randomUUID();
  const employees = people.map((p, i) => ({ id: `${teamId}-e${i}`, teamId, name: p.name, email: p.email }));
  const employeeIds = employees.map((e) => e.id);
  await importDataset(getDb(), {
    teams: [{ id: teamId, name: teamName, archived: 0, createdAt: Date.now() }],
    employees,
    cycles: [{ id: cycleId, teamId, variant, createdAt: Date.now(), events: scriptEvents(variant, employeeIds, sessionAt, stage) }],
  });
  return { teamId, cycleId, employeeIds };
}

/**
 * Test seeding only: rows that stand for what was typed into the sheet during the session of a
 * cycle seeded past it. Written directly, not through saveAgreement (which refuses after the
 * session), and only while no IKU or team plan has been made from the sheet, so the seed never
 * changes a document after the fact.
 */
async function seedAgreementsForTest(
  cycleId: string,
  rows: { employeeId: string | null; text: string; owner?: string; due?: string; term?: 'short' | 'long' }[],
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.agreements, ...cycleTables(db)], async () => {
    const { snapshot } = await loadCycle(db, cycleId);
    const made = snapshot.context.ikus.length > 0 || snapshot.context.teamPlanHash !== null;
    if (made) throw new Error(`testkit.addAgreements: the sheet of ${cycleId} already went into a document`);
    let at = Date.now();
    await db.agreements.bulkAdd(
      rows.map((r) => ({
        id: crypto.randomUUID(),
        cycleId,
        employeeId: r.employeeId,
        text: r.text,
        owner: r.owner ?? '',
        due: r.due ?? '',
        ...(r.term ? { term: r.term } : {}),
        createdAt: at,
        updatedAt: at++,
      })),
    );
  });
}

const BENCH_SESSION_AT = Date.UTC(2026, 0, 5, 8);

/** A team of `employees` in the correction window, five agreements each plus three team ones; the cycle's id. */
async function seedBenchIkus(employees: number): Promise<string> {
  const db = getDb();
  const people = Array.from({ length: employees }, (_, i) => ({ name: `Medarbejder ${i} Ærø`, email: `b${i}@x.dk` }));
  const { cycleId, employeeIds: ids } = await seedTeam('Benchmark-teamet', people, 'tus-iku', 'corrections', BENCH_SESSION_AT);
  const rows = [null, null, null, ...ids.flatMap((id) => [id, id, id, id, id])].map((employeeId, i) => ({
    id: `${cycleId}-a${i}`,
    cycleId,
    employeeId,
    text: `Aftale ${i}: sparring, sidemandsoplæring og kursus i forflytning – æøå`,
    owner: 'Lene',
    due: '2026-06-01',
    createdAt: i,
    updatedAt: i,
  }));
  await db.agreements.bulkAdd(rows);
  return cycleId;
}

/** Time to generate every IKU of a cycle seedBenchIkus made, in ms. */
async function timeBenchIkus(cycleId: string): Promise<number> {
  const start = performance.now();
  await generateAllIkus(getDb(), cycleId, BENCH_SESSION_AT + 30 * 86_400_000);
  return performance.now() - start;
}

const testkit = {
  ...backupKit,
  async seed(options: DatasetOptions): Promise<{ teams: number; employees: number; cycles: number; events: number }> {
    const data = makeDataset(options);
    await importDataset(getDb(), data);
    return {
      teams: data.teams.length,
      employees: data.employees.length,
      cycles: data.cycles.length,
      events: data.cycles.reduce((n, c) => n + c.events.length, 0),
    };
  },
  /** One team of `employees` people with a cycle scripted up to `stage`; returns the ids. */
  seedCycle(variant: Variant, employees: number, stage: Stage, sessionAt: number): Promise<SeededTeam> {
    const people = Array.from({ length: employees }, (_, i) => ({
      name: `Medarbejder ${String.fromCharCode(65 + i)}`,
      email: `m${i}@randers.dk`,
    }));
    return seedTeam('Sagsbehandlerne', people, variant, stage, sessionAt);
  },
  seedTeam,
  addAgreements: seedAgreementsForTest,
  async ikuPdfs(cycleId: string): Promise<{ employeeId: string; fileName: string; version: number; base64: string }[]> {
    const versions = await latestIkus(getDb(), cycleId);
    return Promise.all(
      versions.map(async (v) => ({
        employeeId: v.employeeId,
        fileName: v.fileName,
        version: v.version,
        base64: bytesToBase64(await ikuPdfBytes(v)),
      })),
    );
  },
  /** Time to generate the IKUs of one team of `employees`, five agreements each plus three team ones. */
  async benchIkus(employees: number): Promise<{ employees: number; ms: number }> {
    const cycleId = await seedBenchIkus(employees);
    return { employees, ms: await timeBenchIkus(cycleId) };
  },
  /** benchIkus in two steps, so a profiler (bench/profile-ikus.ts) sees only the timed part. */
  seedBenchIkus,
  timeBenchIkus,
  /**
   * Generates every IKU. Seeded sheets rarely name owner and date, so unless `checked`, every
   * employee goes through the content check's "generate anyway" with a test reason (logged, as a
   * leader's would be); `checked` generates as the leader's plain click does (refused on findings).
   */
  async generateIkus(cycleId: string, checked = false): Promise<number> {
    const db = getDb();
    const { row } = await loadCycle(db, cycleId);
    const employees = await db.employees.where('teamId').equals(row.teamId).primaryKeys();
    const overrides = checked ? [] : employees.map((employeeId) => ({ employeeId: String(employeeId), reason: 'Testdata' }));
    return (await generateAllIkus(db, cycleId, Date.now(), undefined, overrides)).made.length;
  },
  /**
   * Every generated IKU of the cycle requested and approved by mail, to its current version and
   * hash, through the store (the archive round's starting point). Returns how many.
   */
  async consentAll(cycleId: string): Promise<number> {
    const db = getDb();
    const { snapshot } = await loadCycle(db, cycleId);
    let at = Date.now();
    const due = snapshot.context.ikus.filter((i) => i.value === 'generated' && i.context.hash);
    for (const { employeeId, context } of due) {
      await appendEvent(db, cycleId, { type: 'iku.requestConsent', employeeId, at: at++ });
      await appendEvent(db, cycleId, {
        type: 'iku.consent',
        employeeId,
        at: at++,
        version: context.version,
        hash: context.hash!,
        evidence: {
          channel: 'mail',
          reading: 'explicit',
          from: `${employeeId}@randers.dk`,
          text: `Jeg godkender min IKU version ${context.version}.`,
        },
      });
    }
    return due.length;
  },
  async ikuState(cycleId: string, employeeId: string): Promise<unknown> {
    const { snapshot } = await loadCycle(getDb(), cycleId);
    return snapshot.context.ikus.find((i) => i.employeeId === employeeId) ?? null;
  },
  /** Appends events one by one through the store, as the leader's clicks would (the machine checks each). */
  async appendEvents(cycleId: string, events: CycleEvent[]): Promise<number> {
    for (const event of events) await appendEvent(getDb(), cycleId, event);
    return events.length;
  },
  async stateOf(cycleId: string): Promise<unknown> {
    return (await loadCycle(getDb(), cycleId)).snapshot.value;
  },
  async createTeam(name: string): Promise<string> {
    return (await createTeam(getDb(), name, Date.now())).id;
  },
  /** Median time to replay one cycle of about `events` events through the current machine. */
  benchReplay(events: number): { events: number; medianMs: number } {
    const employees = Array.from({ length: Math.ceil((events - 12) / 5) }, (_, i) => `e${i}`);
    const rows = scriptEvents('tus-iku', employees, Date.UTC(2026, 0, 5), 'archived').map((e, i) => toRow('bench', i + 1, e));
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const start = performance.now();
      const snapshot = replay('tus-iku', rows);
      times.push(performance.now() - start);
      if (snapshot.value !== 'archived') throw new Error(`replay ended in ${JSON.stringify(snapshot.value)}`);
    }
    times.sort((a, b) => a - b);
    return { events: rows.length, medianMs: times[Math.floor(times.length / 2)]! };
  },
  async clear(): Promise<void> {
    const db = getDb();
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  },
};

declare global {
  interface Window {
    testkit: typeof testkit;
  }
}
window.testkit = testkit;
document.body.dataset.ready = 'true';
