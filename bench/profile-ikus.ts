// A look inside the 40-IKU figure (not part of `npm run bench`):
//   npx vite-node bench/profile-ikus.ts [runs]
// after `wxt build --mode test` (under the e2e lock). Runs testkit.benchIkus(40) `runs` times
// beside the floor (jsPDF alone), then once more each with V8's sampling profiler on, and prints
// the medians, ours by phase (generateAllIkus's user timing: the cycle's read, the PDFs with
// their hashes, the write transaction), and the profiled run's self time by function and by
// script. The profiler slows the page: compare its runs with each other, never with `npm run bench`.
import type { Page } from 'playwright-core';
import { alternateIkus } from './ikus';
import { median } from './report';
import { launchBench } from './session';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const RUNS = Number(process.argv.slice(2).find((a) => a !== '--') ?? '7');

async function profiled(page: Page, run: () => Promise<number>): Promise<{ ms: number; profile: Profile }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return { ms, profile };
}

function selfTimes(profile: Profile, key: (n: ProfileNode) => string): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const k = key(byId.get(id)!);
    out.set(k, (out.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...out.entries()].sort((a, b) => b[1] - a[1]);
}

const file = (url: string) => url.split('/').pop() || '(native)';
const print = (title: string, rows: [string, number][], n: number) => {
  console.log(`\n${title}`);
  for (const [k, ms] of rows.slice(0, n)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
};

const bench = await launchBench();
try {
  const { kit, floorKit, ours, floor } = await alternateIkus(bench, RUNS);
  const o = median(ours);
  const f = median(floor);
  console.log(`ours ${o.toFixed(1)} ms, floor ${f.toFixed(1)} ms, ${(o / f).toFixed(2)}x (medians of ${RUNS})`);
  // The timed runs' phases (the warm-up's are the first of each).
  const phases = await kit.evaluate(() =>
    ['read', 'pdfs', 'write'].map((name) => [name, performance.getEntriesByName(`ikus:${name}`).map((e) => e.duration)] as const),
  );
  console.log(`ours by phase: ${phases.map(([name, ms]) => `${name} ${median(ms.slice(1)).toFixed(1)} ms`).join(', ')} (medians)`);
  const cycleId = await kit.evaluate(() => window.testkit.seedBenchIkus(40));
  const a = await profiled(kit, () => kit.evaluate((id) => window.testkit.timeBenchIkus(id), cycleId));
  const b = await profiled(floorKit, async () => (await floorKit.evaluate(() => window.floorkit.pdfs(40))).ms);
  console.log(`profiled: ours ${a.ms.toFixed(1)} ms, floor ${b.ms.toFixed(1)} ms`);
  for (const [name, p] of [
    ['ours', a.profile],
    ['floor', b.profile],
  ] as const) {
    print(
      `${name}: self time by script`,
      selfTimes(p, (n) => file(n.callFrame.url) || n.callFrame.functionName),
      12,
    );
    print(
      `${name}: self time by function`,
      selfTimes(p, (n) => `${n.callFrame.functionName || '(anonymous)'} ${file(n.callFrame.url)}:${n.callFrame.lineNumber}`),
      30,
    );
  }
  await kit.close();
  await floorKit.close();
} finally {
  await bench.close();
}
