// npm run bench: builds the test-mode extension, then measures each figure beside its floor (the
// same work done as simply as the browser allows), alternating runs in one Chromium session, and
// prints both medians and the ratio. Exits non-zero when a ratio is over its goal. Not part of
// `npm test`: the ratios are meaningful on any machine, but a busy one widens their spread.
import { cpus, loadavg } from 'node:os';
import { measureBackup } from './backup';
import { measureContentScript } from './content-script';
import { measureIkus } from './ikus';
import { measureDashboard, measurePopup } from './pages';
import { measureReplay } from './replay';
import { type Figure, formatTable, withinGoal } from './report';
import { type BenchSession, launchBench, openBenchTestkit } from './session';
import { measureWorkerWake } from './worker';

const TEAMS = 200;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * The figures, in order. A figure module exports `(bench) => Promise<Figure | Figure[]>` (see
 * bench/report.ts) and is added here with one import and one line; its rows join the table.
 * The first ones run on an almost empty database; `seed` fills it for the pages after it.
 */
const FIGURES: { key: string; measure: (bench: BenchSession) => Promise<Figure | Figure[]> }[] = [
  { key: 'replay', measure: measureReplay },
  { key: 'worker', measure: measureWorkerWake },
  { key: 'content', measure: measureContentScript },
  { key: 'ikus', measure: measureIkus },
  { key: 'seed', measure: seed },
  { key: 'popup', measure: (bench) => measurePopup(bench, TEAMS) },
  { key: 'dashboard', measure: (bench) => measureDashboard(bench, TEAMS) },
  // Last: the restore rewrites every table, which the page figures above should not see.
  { key: 'backup', measure: measureBackup },
];

/**
 * `BENCH_ONLY=popup,dashboard npm run bench` measures only those figures (the pages seed first),
 * for a quick before-and-after while working on one; a full run measures them all.
 */
const only =
  process.env.BENCH_ONLY?.split(',')
    .map((k) => k.trim())
    .filter(Boolean) ?? [];
const NEEDS_SEED = new Set(['popup', 'dashboard', 'backup']);
const selected = FIGURES.filter(
  ({ key }) => only.length === 0 || only.includes(key) || (key === 'seed' && only.some((k) => NEEDS_SEED.has(k))),
);
if (only.length && selected.length === 0) throw new Error(`BENCH_ONLY names no figure: ${FIGURES.map((f) => f.key).join(', ')}`);

/** 200 teams of 15 employees, 10 closed cycles each and one open (about 100,000 events). */
async function seed(bench: BenchSession): Promise<Figure[]> {
  const kit = await openBenchTestkit(bench);
  const start = Date.now();
  const seeded = await kit.evaluate(
    (teams) => window.testkit.seed({ teams, employeesPerTeam: 15, closedCyclesPerTeam: 10, now: Date.now() }),
    TEAMS,
  );
  await kit.close();
  console.log(
    `Seeded ${seeded.teams} teams, ${seeded.employees} employees, ${seeded.cycles} cycles, ${seeded.events} events in ${((Date.now() - start) / 1000).toFixed(1)} s`,
  );
  return [];
}

console.log(`Load average at start: ${load()} (${cpus().length} cores)`);
const bench = await launchBench();
const figures: Figure[] = [];
try {
  for (const { measure } of selected) {
    const result = await measure(bench);
    for (const f of Array.isArray(result) ? result : [result]) {
      figures.push(f);
      console.log(`  ${f.name}: ours ${f.ours.toFixed(1)} ms, floor ${f.floor.toFixed(1)} ms (load ${load()})`);
    }
  }
} finally {
  await bench.close();
}
console.log(`\n${formatTable(figures)}\n`);
console.log(`Load average at end: ${load()}`);
if (only.length === 0) {
  // The log's hash chain (issue 11), in Node: printed beside its own floors, with no goal to meet.
  console.log('\nHash chain (Node, fake-indexeddb):');
  await import('./chain');
  // The leader's actions per flow (issue 19), as the last e2e run counted them.
  await import('./actions');
}
const over = figures.filter((f) => !withinGoal(f));
if (over.length) {
  console.log(`Over goal: ${over.map((f) => f.name).join('; ')}`);
  process.exitCode = 1;
}
