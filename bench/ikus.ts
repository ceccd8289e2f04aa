// 40 IKUs: ours (PDF, content and PDF hashes, every version and the event in one transaction)
// beside jsPDF alone writing the same text into 40 documents.

import { type Figure, figure } from './report';
import { type BenchSession, openBenchTestkit } from './session';

const RUNS = 7;

/** Ours and the floor, `runs` times each, alternated after a warm-up; the pages stay open. */
export async function alternateIkus(bench: BenchSession, runs: number) {
  const kit = await openBenchTestkit(bench);
  const floorKit = await bench.open('bench-floor-kit.html');
  await floorKit.waitForSelector('body[data-ready="true"]');
  // Warm-up: jsPDF loads and the JIT settles, as it would after the first team.
  await kit.evaluate(() => window.testkit.benchIkus(5));
  await floorKit.evaluate(() => window.floorkit.pdfs(5));
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    ours.push((await kit.evaluate(() => window.testkit.benchIkus(40))).ms);
    floor.push((await floorKit.evaluate(() => window.floorkit.pdfs(40))).ms);
  }
  return { kit, floorKit, ours, floor };
}

export async function measureIkus(bench: BenchSession): Promise<Figure> {
  const { kit, floorKit, ours, floor } = await alternateIkus(bench, RUNS);
  await kit.close();
  await floorKit.close();
  return figure('40 IKUs generated', ours, floor, 1.5, { note: 'floor: jsPDF alone, the same text in 40 documents' });
}
