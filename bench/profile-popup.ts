// The popup figure's marks without a profiler, for whoever works on it (not part of `npm run bench`):
//   npx vite-node bench/profile-popup.ts -- [runs]
// after `wxt build --mode test` (under the e2e lock). Seeds the benchmark's 200 teams, alternates
// the popup and its floor as `npm run bench` does, and prints the medians of the paint time and
// of every performance mark of each page (ms after navigation start), spans within each load (the
// read, the render, the render to the paint: steadier than the marks on a busy machine), and the
// load average. PAGES=popup.html,popup.html#x alternates variants of ours that a test build tells
// apart by the hash.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { median } from './report';
import { launchBench, openBenchTestkit } from './session';

const RUNS = Number(process.argv.slice(2).find((a) => a !== '--') ?? 15);

async function marks(page: Page): Promise<Map<string, number>> {
  await page.waitForTimeout(750);
  const seen = await page.evaluate(
    () =>
      new Promise<[string, number][]>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const entry = (list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]).find(
            (e) => e.identifier === 'popup-list',
          );
          resolve([
            ['(paint)', entry ? entry.renderTime || entry.startTime : Number.NaN],
            ...performance.getEntriesByType('mark').map((m): [string, number] => [m.name, m.startTime]),
            ...performance.getEntriesByType('paint').map((m): [string, number] => [`(${m.name})`, m.startTime]),
            ['(html responseEnd)', (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd],
          ]);
        }).observe({ type: 'element', buffered: true });
      }),
  );
  // A mark set again later (a second render) counts at its first time.
  const first = new Map<string, number>();
  for (const [k, v] of seen) if (!first.has(k)) first.set(k, v);
  return first;
}

const SPANS: [string, string, string][] = [
  ['Δ read (start → data)', 'first-read:start', 'first-read:data'],
  ['Δ render', 'popup:render', 'popup:rendered'],
  ['Δ rendered → paint', 'popup:rendered', '(paint)'],
  ['Δ script → paint', 'popup:script', '(paint)'],
];

const bench = await launchBench();
try {
  const kit = await openBenchTestkit(bench);
  await kit.evaluate(() => window.testkit.seed({ teams: 200, employeesPerTeam: 15, closedCyclesPerTeam: 10, now: Date.now() }));
  await kit.close();
  const pages: Record<string, string> = { floor: 'bench-floor-popup.html' };
  for (const path of (process.env.PAGES ?? 'popup.html').split(',')) pages[path] = path;
  const all: Record<string, Map<string, number[]>> = Object.fromEntries(Object.keys(pages).map((k) => [k, new Map()]));
  const loads: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    for (const which of Object.keys(pages)) {
      const page = await bench.open(pages[which]!);
      const seen = await marks(page);
      await page.close();
      if (run < 2) continue;
      // Spans within one load, steadier than the marks themselves on a busy machine.
      for (const [name, from, to] of SPANS) if (seen.has(from) && seen.has(to)) seen.set(name, seen.get(to)! - seen.get(from)!);
      for (const [k, v] of seen) all[which]!.set(k, [...(all[which]!.get(k) ?? []), v]);
    }
    loads.push(loadavg()[0]!);
  }
  for (const which of Object.keys(pages)) {
    console.log(`\n${which} (${pages[which]}), medians over ${RUNS} runs:`);
    for (const [k, v] of [...all[which]!].sort((a, b) => median(a[1]) - median(b[1])))
      console.log(`${median(v).toFixed(1).padStart(8)}  ${k}  [${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}]`);
  }
  const floor = median(all.floor!.get('(paint)')!);
  for (const which of Object.keys(pages).filter((k) => k !== 'floor'))
    console.log(`${which}: ratio ${(median(all[which]!.get('(paint)')!) / floor).toFixed(2)}x`);
  console.log(`load ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`);
} finally {
  await bench.close();
}
