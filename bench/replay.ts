// Replay of 1,000 events: the store's replay (rows → events → the machine, one shared scope)
// beside the same events folded by a plain reducer over the machine's transition function.
import { type Figure, figure } from './report';
import type { BenchSession } from './session';

export async function measureReplay(bench: BenchSession): Promise<Figure> {
  const kit = await bench.open('bench-floor-kit.html');
  await kit.waitForSelector('body[data-ready="true"]');
  // Warm-up: the JIT settles on both before anything is counted.
  await kit.evaluate(() => window.floorkit.replay(1000, 10));
  const { events, ours, floor } = await kit.evaluate(() => window.floorkit.replay(1000, 31));
  await kit.close();
  return figure(`Replay of one cycle, ${events} events`, ours, floor, 2, { note: 'floor: events.reduce(machine.transition)' });
}
