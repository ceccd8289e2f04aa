import type { FollowUp } from '../../machines/cycle.machine';
import type { Agreement, TeamPlanAuthor } from '../domain/types';
import { formatDate } from '../i18n';
import { createPdfWriter, type PdfResult } from '../pdf/writer';
import { safeFileName } from '../shared/file-names';
import { agreementLine, followUpLines, followUpText } from './agreement-lines';

export interface TeamPlanInput {
  workplace: string;
  team: string;
  leader: string;
  sessionAt: number;
  agreements: readonly Agreement[];
  followUps: readonly FollowUp[];
  /** Who made the plan (seed: the whole team, or the workplace's TRIO). */
  madeBy: TeamPlanAuthor;
  version: number;
}

/** `Teamudviklingsplan_<team>_v2.pdf`; the first version without a number, as before. */
export const teamPlanFileName = (team: string, version: number): string =>
  safeFileName(`Teamudviklingsplan_${team}${version > 1 ? `_v${version}` : ''}.pdf`);

/** Printed as "Udarbejdet af". */
export const MADE_BY: Record<TeamPlanAuthor, string> = {
  team: 'Hele teamet i fællesskab',
  trio: 'Arbejdspladsens TRIO (leder, tillidsrepræsentant og arbejdsmiljørepræsentant)',
};

/** The team's agreements with text, in the order written: what the plan prints. */
export const teamPlanRows = (agreements: readonly Agreement[]): Agreement[] =>
  agreements.filter((a) => a.employeeId === null && a.text.trim()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));

/** Every text the plan prints from the leader's input, for the character report before it is made. */
export const teamPlanTexts = (input: Omit<TeamPlanInput, 'madeBy' | 'version'>): string[] => [
  input.workplace,
  input.team,
  input.leader,
  ...teamPlanRows(input.agreements).flatMap((a) => [a.text, a.owner]),
  ...input.followUps.map((f) => f.place ?? ''),
];

/** The plain-TUS outcome: who made it, agreements on short and long term with owners, how it is followed up. */
export async function teamPlanPdf(input: TeamPlanInput): Promise<PdfResult> {
  const pdf = await createPdfWriter({
    title: `Teamudviklingsplan – ${input.team}`,
    author: input.leader || 'TUS-assistent',
    subject: 'Teamudviklingsplan',
    footer: `Teamudviklingsplan version ${input.version}`,
  });
  pdf.title('Fælles teamudviklingsplan');
  for (const [label, value] of [
    ['Arbejdsplads', input.workplace],
    ['Team', input.team],
    ['TUS-samtale holdt', formatDate(input.sessionAt)],
    ['Leder', input.leader],
    ['Udarbejdet af', MADE_BY[input.madeBy]],
    ['Version', String(input.version)],
  ] as const) {
    if (value) pdf.paragraph(`${label}: ${value}`);
  }
  const team = teamPlanRows(input.agreements);
  for (const [term, heading] of [
    ['short', 'Aftaler på kort sigt'],
    ['long', 'Aftaler på lang sigt'],
  ] as const) {
    pdf.heading(heading);
    const rows = team.filter((a) => (a.term ?? 'short') === term);
    if (!rows.length) pdf.paragraph('Ingen aftaler.', { size: 'small' });
    for (const a of rows) agreementLine(pdf, a);
  }
  pdf.heading('Opfølgning');
  const meetings = followUpLines(input.followUps);
  if (!meetings.length)
    pdf.paragraph('Der er ikke aftalt opfølgningsmøder endnu. Teamet og lederen aftaler, hvornår der gøres status på aftalerne.');
  else pdf.paragraph('Vi gør status på aftalerne på disse møder:');
  for (const m of meetings) pdf.paragraph(followUpText(m), { indent: 6, bullet: true });
  return pdf.finish();
}
