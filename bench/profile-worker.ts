// A look inside the service worker's cold wake (bench/worker.ts), for whoever works on it (not part
// of `npm run bench`):   npx vite-node bench/profile-worker.ts -- [wakes]
// after `wxt build --mode test` (under the e2e lock). Traces `wakes` cold wakes of ours and of the
// floor's empty worker, alternated as the benchmark does, and prints for each the median time (ms
// after the page sent its message) of every step of the start: the worker thread set up, the script
// received, evaluated (of which compiled, i.e. read from the code cache), the browser told it started,
// and the answer; and the scripts the browser streams to the worker at each start (every script the
// worker imported while installing, with its code cache), which is paid at every wake.
// The trace slows the traced process: compare runs of this tool with each other, never with `npm run bench`.
import type { Page } from 'playwright-core';
import { median } from './report';
import { launchBench } from './session';
import { type TraceEvent, traced } from './trace';

const WAKES = Number(process.argv.slice(2).find((a) => a !== '--') ?? 7);
const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'blink.worker',
  'disabled-by-default-v8.compile',
  'toplevel',
  'ServiceWorker',
  'extensions',
];

/** Asks the worker from `page`, marking the send and the answer in the trace. */
const ask = (page: Page, message: { type: string }) =>
  page.evaluate(async (m) => {
    console.timeStamp('tus-ask');
    const answer: unknown = await chrome.runtime.sendMessage(m);
    console.timeStamp('tus-answered');
    return answer;
  }, message);

/** The steps of one wake, in ms after the send; null where the trace has no such event. */
function stepsOf(events: readonly TraceEvent[], extensionId: string, from: number, to: number) {
  const inWake = events.filter((e) => e.ts >= from && e.ts < to);
  const mentions = (e: TraceEvent) => JSON.stringify(e.args ?? {}).includes(extensionId);
  const at = (e: TraceEvent | undefined, end = false) => (e ? (e.ts + (end ? (e.dur ?? 0) : 0) - from) / 1000 : null);
  const evaluate = inWake.find((e) => e.name === 'EvaluateScript' && mentions(e));
  const worker = evaluate ? { pid: evaluate.pid, tid: evaluate.tid } : null;
  const onWorker = (name: string) => inWake.find((e) => e.name === name && worker && e.pid === worker.pid && e.tid === worker.tid);
  const compile = evaluate && inWake.find((e) => e.name === 'v8.compile' && e.tid === evaluate.tid && e.ts >= evaluate.ts);
  const sender = inWake.find((e) => e.name === 'ServiceWorkerInstalledScriptsSender' && e.ph === 'b' && mentions(e));
  const scripts = inWake
    .filter((e) => e.name === 'SendingScript' && e.ph === 'b' && mentions(e))
    .map((e) =>
      String((e.args as { script_url?: string }).script_url)
        .split('/')
        .pop(),
    );
  const sent = sender && inWake.filter((e) => e.name === 'ServiceWorkerInstalledScriptsSender' && e.ph === 'e' && e.pid === sender.pid)[0];
  const answered = inWake.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'tus-answered');
  const init = onWorker('WorkerThread::InitializeWorkerContext');
  return {
    steps: {
      'worker thread set up (start)': at(init),
      'worker thread set up (end)': at(init, true),
      'script received': at(onWorker('ServiceWorkerInstalledScriptsManager::GetScriptData')),
      'script evaluated (start)': at(evaluate),
      '  of which compiled (ms)': compile?.dur !== undefined ? compile.dur / 1000 : null,
      'script evaluated (end)': at(evaluate, true),
      'all installed scripts sent': at(sent),
      'browser told it started': at(inWake.find((e) => e.name === 'EmbeddedWorkerInstance::OnStarted')),
      answered: at(answered),
    },
    scripts,
  };
}

const bench = await launchBench();
try {
  const ourPage = await bench.open('bench-floor-kit.html');
  await ourPage.waitForSelector('body[data-ready="true"]');
  const floorPage = await bench.openFloorWorkerPage('page.html');
  const floorId = new URL(floorPage.url()).host;
  // A warm-up wake each, untraced.
  for (const [page, type] of [
    [ourPage, 'tus.bench.ping'],
    [floorPage, 'ping'],
  ] as const) {
    await bench.stopWorkers();
    await ask(page, { type });
  }
  const { result: order, events } = await traced(ourPage, CATEGORIES, async () => {
    const order: ('ours' | 'floor')[] = [];
    for (let wake = 0; wake < WAKES; wake++) {
      for (const who of ['ours', 'floor'] as const) {
        await bench.stopWorkers();
        const answer = who === 'ours' ? await ask(ourPage, { type: 'tus.bench.ping' }) : await ask(floorPage, { type: 'ping' });
        if (answer !== 'pong') throw new Error(`${who}: unexpected answer ${JSON.stringify(answer)}`);
        order.push(who);
      }
    }
    return order;
  });
  events.sort((a, b) => a.ts - b.ts);
  const sends = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'tus-ask');
  if (sends.length !== order.length) throw new Error(`Expected ${order.length} marked sends in the trace, found ${sends.length}`);
  for (const who of ['ours', 'floor'] as const) {
    const id = who === 'ours' ? bench.extensionId : floorId;
    const wakes = sends.flatMap((send, i) =>
      order[i] === who ? [stepsOf(events, id, send.ts, sends[i + 1]?.ts ?? Number.POSITIVE_INFINITY)] : [],
    );
    console.log(`\n${who}: ${wakes.length} traced cold wakes, median ms after the message was sent`);
    for (const step of Object.keys(wakes[0]!.steps) as (keyof (typeof wakes)[0]['steps'])[]) {
      const values = wakes.map((w) => w.steps[step]).filter((v): v is number => v !== null);
      console.log(
        `${(values.length ? median(values).toFixed(1) : '-').padStart(8)}  ${step}${values.length < wakes.length ? ` (${values.length} wakes)` : ''}`,
      );
    }
    console.log(`  scripts streamed at each start: ${[...new Set(wakes.flatMap((w) => w.scripts))].join(', ') || '(none seen)'}`);
  }
} finally {
  await bench.close();
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
