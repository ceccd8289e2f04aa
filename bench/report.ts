// One table for every figure: ours beside its floor (the same work done as simply as the browser
// allows, measured in the same run), the ratio, and the goal the ratio must meet.

export interface Check {
  label: string;
  ok: boolean;
}

export interface Figure {
  name: string;
  /** Medians, in ms. */
  ours: number;
  floor: number;
  /** ours / floor. */
  ratio: number;
  /** The highest ratio allowed. */
  goal: number;
  /** Measured runs of each (after warm-up). */
  runs: number;
  /** Conditions besides the ratio, e.g. "no long task". */
  checks?: Check[];
  /** One line shown under the row (what was measured, the spread). */
  note?: string;
}

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A figure from the runs of ours and of the floor, alternated in one session. */
export function figure(
  name: string,
  ours: readonly number[],
  floor: readonly number[],
  goal: number,
  extra: Pick<Figure, 'checks' | 'note'> = {},
): Figure {
  if (ours.length === 0 || floor.length === 0) throw new Error(`${name}: no runs`);
  const [o, f] = [median(ours), median(floor)];
  const spread = (xs: readonly number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
  const note = [extra.note, `ranges: ours ${spread(ours)} ms, floor ${spread(floor)} ms`].filter(Boolean).join('; ');
  return { name, ours: o, floor: f, ratio: o / f, goal, runs: Math.min(ours.length, floor.length), checks: extra.checks, note };
}

export const withinGoal = (f: Figure): boolean => f.ratio <= f.goal && (f.checks ?? []).every((c) => c.ok);

/** The table, as printed by `npm run bench` (and pasted into reports). */
export function formatTable(figures: readonly Figure[]): string {
  const head = ['figure', 'ours (ms)', 'floor (ms)', 'ratio', 'goal', 'runs', ''];
  const rows = figures.map((f) => [
    f.name,
    f.ours.toFixed(1),
    f.floor.toFixed(1),
    `${f.ratio.toFixed(2)}×`,
    `≤ ${f.goal}×`,
    String(f.runs),
    withinGoal(f) ? 'OK' : 'OVER',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  figures.forEach((f, i) => {
    out.push(line(rows[i]!));
    for (const c of f.checks ?? []) out.push(`    ${c.ok ? 'ok  ' : 'FAIL'} ${c.label}`);
    if (f.note) out.push(`    ${f.note}`);
  });
  return out.join('\n');
}
