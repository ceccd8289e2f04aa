// A look inside one page figure, for whoever works on it (not part of `npm run bench`):
//   npx vite-node bench/profile-page.ts -- dashboard.html dashboard-teams [runs]
// after `wxt build --mode test` (under the e2e lock). Seeds the benchmark's 200 teams, then loads
// the page `runs` times with V8's sampling profiler on and prints, as medians: the paint time, the
// page's performance marks and the scripts' own time by file. FUNCTIONS=1 adds the last run's
// functions by inclusive time; TRACE=1 instead prints one traced load's main-thread tasks from
// navigation on (MIN_US: the shortest task shown, in µs). The profiler slows the page: compare
// runs of this tool with each other, never with `npm run bench`.
import type { Page } from 'playwright-core';
import { median } from './report';
import { launchBench, openBenchTestkit } from './session';
import { traced } from './trace';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [path = 'dashboard.html', identifier = 'dashboard-teams', runsArg = '7'] = process.argv.slice(2).filter((a) => a !== '--');
const RUNS = Number(runsArg);

async function paintAndEntries(page: Page) {
  await page.waitForTimeout(750);
  return page.evaluate(
    (id) =>
      new Promise<{ paint: number | null; marks: [string, number][] }>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const entry = (list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]).find(
            (e) => e.identifier === id,
          );
          resolve({
            paint: entry ? entry.renderTime || entry.startTime : null,
            marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
          });
        }).observe({ type: 'element', buffered: true });
      }),
    identifier,
  );
}

/** One load traced: the main thread's top-level tasks from navigation to the paint, and the module loads. */
async function traceOnce(page: Page, url: string): Promise<void> {
  const categories = [
    'devtools.timeline',
    'v8.execute',
    'blink.user_timing',
    'loading',
    'disabled-by-default-devtools.timeline',
    'IndexedDB',
    'v8',
  ];
  const { events } = await traced(page, categories, async () => {
    await page.goto(url);
    await page.waitForTimeout(1500);
  });
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const nav = events.filter((e) => e.name === 'navigationStart').at(-1);
  if (!nav) throw new Error('no navigationStart');
  const main = threads.find((t) => t.pid === nav.pid) ?? threads[0]!;
  const top = events
    .filter(
      (e) =>
        e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= nav.ts && (e.dur ?? 0) >= Number(process.env.MIN_US ?? 300),
    )
    .sort((a, b) => a.ts - b.ts);
  let end = 0;
  for (const e of top) {
    const at = (e.ts - nav.ts) / 1000;
    const nested = e.ts < end;
    if (!nested) end = e.ts + (e.dur ?? 0);
    const detail = e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? '';
    if (at < 1000)
      console.log(`${at.toFixed(1).padStart(8)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${nested ? '  ' : ''}${e.name} ${detail}`);
  }
}

const bench = await launchBench();
try {
  const kit = await openBenchTestkit(bench);
  await kit.evaluate(() => window.testkit.seed({ teams: 200, employeesPerTeam: 15, closedCyclesPerTeam: 10, now: Date.now() }));
  await kit.close();
  if (process.env.TRACE) {
    for (let run = 0; run < 2; run++) {
      const page = await bench.open('bench-floor-dashboard.html');
      if (run === 1) await traceOnce(page, `chrome-extension://${bench.extensionId}/${path}`);
      else await page.goto(`chrome-extension://${bench.extensionId}/${path}`);
      await page.close();
    }
    process.exit(0);
  }
  const byFile = new Map<string, number[]>();
  const marks = new Map<string, number[]>();
  const paints: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    // Start in the extension's own process, so the profiler survives the navigation.
    const page = await bench.open('bench-floor-dashboard.html');
    const cdp = await bench.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`chrome-extension://${bench.extensionId}/${path}`);
    const seen = await paintAndEntries(page);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await page.close();
    if (run === 0 || seen.paint === null) continue;
    paints.push(seen.paint);
    for (const [name, at] of seen.marks) marks.set(name, [...(marks.get(name) ?? []), at]);
    // Self time per file over the whole profile (the page does little after its paint but idle).
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const sums = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id)!;
      const file = node.callFrame.url
        ? node.callFrame.url
            .split('/')
            .pop()!
            .replace(/-[\w-]{8}\.js$/, '.js')
        : `(${node.callFrame.functionName || 'native'})`;
      sums.set(file, (sums.get(file) ?? 0) + profile.timeDeltas[i]! / 1000);
    });
    for (const [file, ms] of sums) byFile.set(file, [...(byFile.get(file) ?? []), ms]);
    if (process.env.FUNCTIONS && run === RUNS) {
      // Inclusive time per function in the last run.
      const self = new Map<number, number>();
      profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]! / 1000));
      const total = (n: ProfileNode): number => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((a, c) => a + total(nodes.get(c)!), 0);
      const rows = profile.nodes
        .filter((n) => n.callFrame.url.includes('chrome-extension'))
        .map(
          (n) =>
            [
              total(n),
              self.get(n.id) ?? 0,
              `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${(n.callFrame as { lineNumber?: number }).lineNumber}:${(n.callFrame as { columnNumber?: number }).columnNumber}`,
            ] as const,
        )
        .sort((a, b) => b[0] - a[0]);
      for (const [t, s, k] of rows.slice(0, 40)) console.log(`${t.toFixed(1).padStart(7)} ${s.toFixed(1).padStart(7)} ${k}`);
    }
  }
  const show = (title: string, m: Map<string, number[]>) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => median(b[1]) - median(a[1])).slice(0, 30))
      console.log(`${median(v).toFixed(1).padStart(8)}  ${k}${v.length < RUNS ? ` (${v.length} runs)` : ''}`);
  };
  console.log(`${path}: paint (navigation → ${identifier}) median ${median(paints).toFixed(1)} ms over ${paints.length} runs`);
  show('Marks (ms after navigation start):', marks);
  show('Profiler self time by file (ms, whole profile incl. until settle):', byFile);
} finally {
  await bench.close();
}
