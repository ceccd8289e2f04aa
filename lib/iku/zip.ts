import { zipSync } from 'fflate';

/** All files in one zip (PDFs are compressed already: stored, not deflated again). */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) {
    let name = f.name;
    for (let n = 2; name in entries; n++) name = f.name.replace(/(\.[^.]+)?$/, `_${n}$1`);
    entries[name] = [f.bytes, { level: 0 }];
  }
  return zipSync(entries);
}
