// Service worker cold wake: stop every worker, send a message, time until the answer. Ours
// answers the benchmark's ping (test builds only) after starting as it always does; the floor is
// an empty worker (bench/floor-worker) that answers at once. Both are asked from a page of their own.
import { type Figure, figure } from './report';
import type { BenchSession } from './session';

const WARM_UP = 2;
const RUNS = 15;

export async function measureWorkerWake(bench: BenchSession): Promise<Figure> {
  const ourPage = await bench.open('bench-floor-kit.html');
  await ourPage.waitForSelector('body[data-ready="true"]');
  const floorPage = await bench.openFloorWorkerPage('page.html');
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    await bench.stopWorkers();
    const a = await ourPage.evaluate(() => window.floorkit.ask({ type: 'tus.bench.ping' }));
    await bench.stopWorkers();
    const b = await floorPage.evaluate(() => (window as unknown as { floorkit: Window['floorkit'] }).floorkit.ask({ type: 'ping' }));
    if (a.answer !== 'pong' || b.answer !== 'pong') throw new Error(`Unexpected answers ${JSON.stringify([a.answer, b.answer])}`);
    if (run < WARM_UP) continue;
    ours.push(a.ms);
    floor.push(b.ms);
  }
  await ourPage.close();
  await floorPage.close();
  return figure('Service worker: cold wake → answer', ours, floor, 1.5, {
    note: 'stopped by CDP ServiceWorker.stopAllWorkers before each message',
  });
}
