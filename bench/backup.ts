// Backup and restore of the large data set (200 teams, five years), each beside its floor in the
// same page: the floor reads every store raw and runs one PBKDF2 and one AES-GCM over as many
// bytes (backup), or one PBKDF2, one AES-GCM decryption and a raw clear-and-put of every row
// (restore). Ours adds the JSON, the compression, the PDFs' base64, and on restore the whole
// check: every row's schema, every PDF's hash, every cycle's hash chain, the step rows rebuilt.

import { type Figure, figure } from './report';
import { type BenchSession, openBenchTestkit } from './session';

const RUNS = 3;

export async function measureBackup(bench: BenchSession): Promise<Figure[]> {
  const kit = await openBenchTestkit(bench);
  const warm = await kit.evaluate(() => window.testkit.benchBackup());
  await kit.evaluate(() => window.testkit.benchBackupFloor());
  await kit.evaluate(() => window.testkit.benchRestore());
  await kit.evaluate(() => window.testkit.benchRestoreFloor());
  const backup = { ours: [] as number[], floor: [] as number[] };
  const restore = { ours: [] as number[], floor: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    backup.ours.push((await kit.evaluate(() => window.testkit.benchBackup())).ms);
    backup.floor.push((await kit.evaluate(() => window.testkit.benchBackupFloor())).ms);
    restore.ours.push((await kit.evaluate(() => window.testkit.benchRestore())).ms);
    restore.floor.push((await kit.evaluate(() => window.testkit.benchRestoreFloor())).ms);
  }
  await kit.close();
  const size = `file ${(warm.bytes / 1e6).toFixed(1)} MB`;
  return [
    figure('Backup, 200 teams × 5 years', backup.ours, backup.floor, 4, {
      note: `${size}; floor: raw getAll of every store + PBKDF2 (600,000) + AES-GCM of as many bytes`,
    }),
    figure('Restore (replace), 200 teams × 5 years', restore.ours, restore.floor, 4, {
      note: 'floor: PBKDF2 + AES-GCM decrypt of as many bytes + raw clear and put of every row, one transaction',
    }),
  ];
}
