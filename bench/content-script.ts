// Content script on the webmail fixture: main-thread time from injection to the button painted,
// and long tasks in between. Ours (content-scripts/webmail.js) beside a script that paints one
// button (bench-floor-button.js); a probe injected just before either notes the times (bench-probe.ts).
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { type Figure, figure } from './report';
import type { BenchSession } from './session';

const WARM_UP = 2;
const RUNS = 15;

interface Probe {
  start: number;
  painted: number | null;
  longTasks: { start: number; duration: number }[];
}

async function probeOf(page: Page): Promise<Probe> {
  await page.waitForFunction(() => JSON.parse(document.documentElement.dataset.benchContentScript ?? '{}').painted, null, {
    timeout: 30_000,
  });
  // Long tasks are reported after they end.
  await page.waitForTimeout(300);
  return page.evaluate(() => JSON.parse(document.documentElement.dataset.benchContentScript!) as Probe);
}

export async function measureContentScript(bench: BenchSession): Promise<Figure> {
  const server = await startFixtureServer();
  const kit = await bench.open('bench-floor-kit.html');
  await kit.waitForSelector('body[data-ready="true"]');
  const url = `http://localhost:${server.port}/outlook/compose.html`;
  const ours: number[] = [];
  const floor: number[] = [];
  const longTasks: string[] = [];
  try {
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      for (const [script, out] of [
        ['content-scripts/webmail.js', ours],
        ['bench-floor-button.js', floor],
      ] as const) {
        await kit.evaluate((s) => window.floorkit.injectOnLocalhost(s), script);
        const page = await bench.context.newPage();
        await page.goto(url);
        const probe = await probeOf(page);
        await page.close();
        if (run < WARM_UP) continue;
        out.push(probe.painted! - probe.start);
        const during = probe.longTasks.filter((t) => t.start < probe.painted! && t.start + t.duration > probe.start);
        if (script.startsWith('content-scripts/')) longTasks.push(...during.map((t) => `${t.duration.toFixed(0)} ms`));
      }
    }
  } finally {
    await kit.close();
    await server.close();
  }
  return figure('Content script: injection → button painted', ours, floor, 1.5, {
    checks: [
      {
        label: `no long task between injection and paint in ${RUNS} runs${longTasks.length ? ` (found: ${longTasks.join(', ')})` : ''}`,
        ok: longTasks.length === 0,
      },
    ],
    note: 'webmail fixture tests/fixtures/outlook/compose.html; floor: a script that paints one button',
  });
}
