// A probe for a proposal, not a figure (issue 18, the 40-IKU figure): what storing 40 PDFs costs in
// Chromium's IndexedDB as Blob against as ArrayBuffer, in one 'strict' write transaction each,
// alternated in one page of the extension (69.7 ms against 17.7 ms for 12 KB: IKU versions now store
// bytes, lib/iku/pdf-bytes.ts). Run after `wxt build --mode test`, under the e2e lock:
//   npx vite-node bench/probe-blob-store.ts
import { median } from './report';
import { launchBench } from './session';

const RUNS = 9;
const SIZES = [12_000, 60_000];

const bench = await launchBench();
try {
  const page = await bench.open('bench-floor-kit.html');
  for (const size of SIZES) {
    const times: Record<'blob' | 'buffer', number[]> = { blob: [], buffer: [] };
    for (let run = 0; run < RUNS + 1; run++) {
      for (const kind of ['blob', 'buffer'] as const) {
        const ms = await page.evaluate(
          async ({ kind, size, run }) => {
            const name = `probe-${kind}-${size}-${run}`;
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const req = indexedDB.open(name, 1);
              req.onupgradeneeded = () => req.result.createObjectStore('ikus', { keyPath: 'id' });
              req.onsuccess = () => resolve(req.result);
              req.onerror = () => reject(req.error);
            });
            const bytes = () => {
              const b = new Uint8Array(size);
              for (let i = 0; i < size; i += 97) b[i] = i & 255;
              return b;
            };
            const start = performance.now();
            const tx = db.transaction('ikus', 'readwrite', { durability: 'strict' });
            for (let i = 0; i < 40; i++) {
              const pdf = kind === 'blob' ? new Blob([bytes()], { type: 'application/pdf' }) : bytes().buffer;
              tx.objectStore('ikus').put({ id: `iku-${i}`, pdf });
            }
            await new Promise<void>((resolve, reject) => {
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            });
            const written = performance.now() - start;
            db.close();
            indexedDB.deleteDatabase(name);
            return written;
          },
          { kind, size, run },
        );
        if (run > 0) times[kind].push(ms);
      }
    }
    console.log(
      `40 PDFs of ${size / 1000} KB in one write: Blob ${median(times.blob).toFixed(1)} ms, ArrayBuffer ${median(times.buffer).toFixed(1)} ms (medians of ${RUNS})`,
    );
  }
  await page.close();
} finally {
  await bench.close();
}
