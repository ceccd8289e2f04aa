// Page loads with 200 teams: navigation start → the browser's paint of the list (Element Timing),
// ours beside a floor page with the same markup and style and no work (entrypoints/bench-floor-*).
import type { Page } from 'playwright-core';
import { type Figure, figure } from './report';
import type { BenchSession } from './session';

const WARM_UP = 2;
/** `BENCH_PAGE_RUNS=31` for a steadier median on a busy machine. */
const RUNS = Number(process.env.BENCH_PAGE_RUNS) || 11;

/**
 * The paint time of the element marked `identifier`, read once the page has settled: nothing is
 * evaluated in the page before, since Playwright's first evaluate injects a script into it.
 */
async function paintTime(page: Page, identifier: string): Promise<number> {
  await page.waitForTimeout(750);
  const read = () =>
    page.evaluate(
      (id) =>
        new Promise<number | null>((resolve) => {
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            const entry = (list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]).find(
              (e) => e.identifier === id,
            );
            resolve(entry ? entry.renderTime || entry.startTime : null);
          }).observe({ type: 'element', buffered: true });
          setTimeout(() => resolve(null), 200);
        }),
      identifier,
    );
  for (let tries = 0; tries < 60; tries++) {
    const time = await read();
    if (time !== null) return time;
    await page.waitForTimeout(500);
  }
  throw new Error(`No paint of "${identifier}" in ${page.url()}`);
}

async function alternate(bench: BenchSession, oursPath: string, floorPath: string, identifier: string) {
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [path, out] of [
      [oursPath, ours],
      [floorPath, floor],
    ] as const) {
      const page = await bench.open(path);
      const time = await paintTime(page, identifier);
      await page.close();
      if (run >= WARM_UP) out.push(time);
    }
  }
  return { ours, floor };
}

export async function measurePopup(bench: BenchSession, teams: number): Promise<Figure> {
  const { ours, floor } = await alternate(bench, 'popup.html', 'bench-floor-popup.html', 'popup-list');
  return figure(`Popup, ${teams} teams: navigation → list painted`, ours, floor, 1.3, { note: 'floor: the same 200 rows from a constant' });
}

export async function measureDashboard(bench: BenchSession, teams: number): Promise<Figure> {
  const { ours, floor } = await alternate(bench, 'dashboard.html', 'bench-floor-dashboard.html', 'dashboard-teams');
  return figure(`Dashboard, ${teams} teams: navigation → overview painted`, ours, floor, 1.5, {
    note: 'floor: a static page listing 200 teams',
  });
}
