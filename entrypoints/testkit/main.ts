// Only in `--mode test` builds (wxt.config.ts skips it otherwise): lets the browser tests and
// the benchmark seed the real database through an extension page.
import { getDb } from '../../lib/browser/db';
import { makeDataset, type DatasetOptions } from '../../lib/demo/dataset';
import { importDataset } from '../../lib/db/import-dataset';

const testkit = {
  async seed(options: DatasetOptions): Promise<{ teams: number; employees: number; cycles: number; events: number }> {
    const data = makeDataset(options);
    await importDataset(getDb(), data);
    return {
      teams: data.teams.length,
      employees: data.employees.length,
      cycles: data.cycles.length,
      events: data.cycles.reduce((n, c) => n + c.events.length, 0),
    };
  },
  async clear(): Promise<void> {
    const db = getDb();
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  },
};

declare global {
  interface Window {
    testkit: typeof testkit;
  }
}
window.testkit = testkit;
document.body.dataset.ready = 'true';
