// The table `npm run bench` prints for the leader's actions (issue 19): pure, so it is tested.

export interface FlowRow {
  /** The key the e2e test records under. */
  key: string;
  label: string;
  /** The table: the manual way, per employee and once. */
  manual: string;
  /** The table: ours before issue 19. */
  before: string;
  /** What "Done when" allows. */
  budget: { perEmployee: number; once: number };
  /** The test that records it, or why there is none yet. */
  source: string;
}

export const FLOWS: readonly FlowRow[] = [
  {
    key: 'consent',
    label: 'IKUs generated → every consent request sent',
    manual: '8 (+3 once)',
    before: '5 (+4 once)',
    budget: { perEmployee: 1, once: 5 },
    source:
      'tests/e2e/consent-round.spec.ts (the team page link, its tab, the TUS button, "Send anmodninger" once; the webmail\'s Send per employee)',
  },
  {
    key: 'replies',
    label: 'reply opened → consent recorded',
    manual: '2',
    before: '2',
    // The issue allows 1 per employee; once: the switch to the webmail's tab and its TUS button.
    budget: { perEmployee: 1, once: 2 },
    source: 'tests/e2e/consent-round.spec.ts (one click per reply; the tab and the TUS button once)',
  },
  {
    key: 'archive',
    label: 'consent → archive marks, our part only',
    manual: '–',
    before: '6 (+2 once)',
    budget: { perEmployee: 2, once: 3 },
    source: 'tests/e2e/archive-round.spec.ts',
  },
];

export type Counts = Record<string, Record<string, { total: number }>>;

/** Per employee and once, from the totals at two team sizes (the counts are linear in the team's size). */
export function perEmployee(totals: Record<string, { total: number }>): { perEmployee: number; once: number } | null {
  const sizes = Object.keys(totals)
    .map(Number)
    .sort((a, b) => a - b);
  if (sizes.length < 2) return null;
  const [a, b] = [sizes[0]!, sizes.at(-1)!];
  const slope = (totals[b]!.total - totals[a]!.total) / (b - a);
  return { perEmployee: slope, once: totals[a]!.total - slope * a };
}

/** The table, one row per flow: the totals for 12 and 24, per employee (+ once), the manual way and the budget. */
export function formatActions(counts: Counts): string {
  const head = ['flow', '12: ours', '24: ours', 'ours per employee', 'before', 'manual per employee', 'allowed', ''];
  const rows = FLOWS.map((f) => {
    const totals = counts[f.key] ?? {};
    const m = perEmployee(totals);
    const ok = m ? [12, 24].every((n) => (totals[n] ? totals[n].total <= f.budget.perEmployee * n + f.budget.once : true)) : null;
    return [
      f.label,
      totals[12] ? String(totals[12].total) : '–',
      totals[24] ? String(totals[24].total) : '–',
      m ? `${m.perEmployee} (+${m.once} once)` : 'not counted',
      f.before,
      f.manual,
      `≤ ${f.budget.perEmployee} (+${f.budget.once})`,
      ok === null ? '' : ok ? 'OK' : 'OVER',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  const notes = FLOWS.map((f) => `  ${f.label}: ${f.source}`);
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line), '', 'Where the counts come from:', ...notes].join(
    '\n',
  );
}
