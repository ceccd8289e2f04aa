// A look inside the content-script figure (bench/content-script.ts), for whoever works on it (not
// part of `npm run bench`):
//   npx vite-node bench/profile-content.ts -- [script] [runs]
// after `wxt build --mode test` (under the e2e lock). `script` is the one injected after the probe,
// `content-scripts/webmail.js` (default) or `bench-floor-button.js`. Loads the webmail fixture
// `runs` times (default 5) after one warm-up. By default with a trace on: per run the main thread's
// events from the probe's injection to its paint mark (MIN_US: the shortest shown, in µs; the trace's
// clock and the page's differ by up to a millisecond), then the script's compile and run and the
// time per event name, as medians. MARKS=1: no trace, the medians of the gaps between the
// `performance.mark`s a build under study sets (e.g. a throwaway first import that marks). PROFILE=1:
// V8's sampling profiler, the script's functions by time. Tracing and profiling slow the page:
// compare runs of this tool with each other, never with `npm run bench`.
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { median } from './report';
import { launchBench } from './session';
import { type TraceEvent, traced } from './trace';

interface Probe {
  start: number;
  painted: number | null;
  longTasks: { start: number; duration: number }[];
}

const [script = 'content-scripts/webmail.js', runsArg = '5'] = process.argv.slice(2).filter((a) => a !== '--');
const RUNS = Number(runsArg);
const MIN_US = Number(process.env.MIN_US ?? 100);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One load with V8's sampling profiler: each function of the scripts by inclusive and self time. */
async function profiledLoad(page: Page, url: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => JSON.parse(document.documentElement.dataset.benchContentScript ?? '{}').painted, null, {
    timeout: 30_000,
  });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]! / 1000));
  const total = (n: ProfileNode): number => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((a, c) => a + total(nodes.get(c)!), 0);
  const rows = profile.nodes
    .filter((n) => n.callFrame.url.includes(script.split('/').pop()!))
    .map(
      (n) =>
        [
          total(n),
          self.get(n.id) ?? 0,
          `${n.callFrame.functionName || '(anon)'} :${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`,
        ] as const,
    )
    .sort((a, b) => b[0] - a[0]);
  for (const [t, s, k] of rows.slice(0, 40)) console.log(`${t.toFixed(2).padStart(7)} ${s.toFixed(2).padStart(7)} ${k}`);
  const natives = new Map<string, number>();
  for (const n of profile.nodes)
    if (!n.callFrame.url) natives.set(n.callFrame.functionName, (natives.get(n.callFrame.functionName) ?? 0) + (self.get(n.id) ?? 0));
  console.log(
    'natives:',
    [...natives]
      .filter(([, t]) => t > 0.1)
      .map(([k, t]) => `${k || '?'} ${t.toFixed(2)}`)
      .join(', '),
  );
}

async function tracedLoad(page: Page, url: string): Promise<{ probe: Probe; events: TraceEvent[] }> {
  const categories = ['devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.compile', 'blink', 'loading', 'blink.user_timing'];
  const { result: probe, events } = await traced(page, categories, async () => {
    await page.goto(url);
    await page.waitForFunction(() => JSON.parse(document.documentElement.dataset.benchContentScript ?? '{}').painted, null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(300);
    const probe = await page.evaluate(() => JSON.parse(document.documentElement.dataset.benchContentScript!) as Probe);
    // Marks a build under study may set (performance.mark in the content script), after the probe's start.
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
    if (marks.length) console.log(`marks: ${marks.map(([n, t]) => `${n} +${(t - probe.start).toFixed(2)}`).join(', ')}`);
    return probe;
  });
  return { probe, events };
}

const server = await startFixtureServer();
const bench = await launchBench();
const byName = new Map<string, number[]>();
const paintTimes: number[] = [];
try {
  const kit = await bench.open('bench-floor-kit.html');
  await kit.waitForSelector('body[data-ready="true"]');
  await kit.evaluate((s) => window.floorkit.injectOnLocalhost(s), script);
  const url = `http://localhost:${server.port}/outlook/compose.html`;
  if (process.env.MARKS) {
    // No trace: the probe's figure and the marks a build under study sets, as medians of the gaps between them.
    const gaps = new Map<string, number[]>();
    for (let run = 0; run < RUNS + 1; run++) {
      const page = await bench.context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => JSON.parse(document.documentElement.dataset.benchContentScript ?? '{}').painted, null, {
        timeout: 30_000,
      });
      const { probe, marks } = await page.evaluate(() => ({
        probe: JSON.parse(document.documentElement.dataset.benchContentScript!) as Probe,
        marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
      }));
      await page.close();
      if (run === 0) continue;
      let last: readonly [string, number] = ['injection', probe.start];
      for (const mark of [...marks, ['painted', probe.painted!] as const]) {
        const key = `${last[0]} → ${mark[0]}`;
        gaps.set(key, [...(gaps.get(key) ?? []), mark[1] - last[1]]);
        last = mark;
      }
    }
    for (const [key, v] of gaps) console.log(`${median(v).toFixed(2).padStart(7)} ms  ${key}`);
    process.exit(0);
  }
  if (process.env.PROFILE) {
    for (let run = 0; run < RUNS + 1; run++) {
      const page = await bench.context.newPage();
      if (run > 0) console.log(`\nrun ${run}: inclusive, self (ms), function`);
      await (run > 0 ? profiledLoad(page, url) : page.goto(url));
      await page.close();
    }
    process.exit(0);
  }
  for (let run = 0; run < RUNS + 1; run++) {
    const page = await bench.context.newPage();
    const { probe, events } = await tracedLoad(page, url);
    await page.close();
    if (run === 0) continue; // warm-up
    const nav = events.filter((e) => e.name === 'navigationStart').at(-1);
    if (!nav) throw new Error('no navigationStart');
    const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav.pid)!;
    // performance.now() is relative to the time origin, about navigationStart.
    const from = nav.ts + probe.start * 1000 - 2000;
    const to = nav.ts + probe.painted! * 1000;
    console.log(
      `\nrun ${run}: injection → painted ${(probe.painted! - probe.start).toFixed(1)} ms (probe start ${probe.start.toFixed(1)} ms)`,
    );
    const sums = new Map<string, number>();
    let end = 0;
    for (const e of events
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= from && e.ts <= to)
      .sort((a, b) => a.ts - b.ts)) {
      const nested = e.ts < end;
      if (!nested) {
        end = e.ts + (e.dur ?? 0);
        sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      }
      if ((e.dur ?? 0) < MIN_US) continue;
      const detail = e.args?.data?.url?.split('/').pop() ?? e.args?.fileName?.split('/').pop() ?? e.args?.data?.functionName ?? '';
      console.log(
        `${((e.ts - nav.ts) / 1000 - probe.start).toFixed(2).padStart(8)} ${((e.dur ?? 0) / 1000).toFixed(2).padStart(6)} ${nested ? '  ' : ''}${e.name} ${detail}`,
      );
    }
    for (const [name, ms] of sums) byName.set(name, [...(byName.get(name) ?? []), ms]);
    // The script's own cost, wherever the trace's clock puts it: its compile and its run at injection.
    const file = script.split('/').pop()!;
    const own = events.filter(
      (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.args?.data?.url ?? e.args?.fileName)?.endsWith(file),
    );
    for (const name of ['v8.compile', 'v8.run']) {
      const ms = own.filter((e) => e.name === name).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
      byName.set(`${file} ${name}`, [...(byName.get(`${file} ${name}`) ?? []), ms]);
    }
    paintTimes.push(probe.painted! - probe.start);
  }
  const file = script.split('/').pop()!;
  console.log(
    `\ninjection → painted: median ${median(paintTimes).toFixed(1)} ms over ${paintTimes.length} traced runs; ${file}: compile ${median(byName.get(`${file} v8.compile`)!).toFixed(2)} ms, run ${median(byName.get(`${file} v8.run`)!).toFixed(2)} ms`,
  );
  console.log('Top-level main-thread time by event name, injection → paint (median ms):');
  for (const [name, v] of [...byName].sort((a, b) => median(b[1]) - median(a[1])).slice(0, 15))
    console.log(`${median(v).toFixed(2).padStart(8)}  ${name}`);
  await kit.close();
} finally {
  await bench.close();
  await server.close();
}
