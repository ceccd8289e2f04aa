import type { Agreement } from '../domain/types';
import { formatDate } from '../i18n';
import { createPdfWriter, type PdfResult } from '../pdf/writer';
import { agreementLine } from './agreement-lines';

export interface TeamPlanInput {
  workplace: string;
  team: string;
  leader: string;
  sessionAt: number;
  agreements: readonly Agreement[];
  followUps: readonly number[];
}

/** The plain-TUS outcome: agreements on short and long term, owners, follow-up dates. */
export async function teamPlanPdf(input: TeamPlanInput): Promise<PdfResult> {
  const pdf = await createPdfWriter({
    title: `Teamudviklingsplan – ${input.team}`,
    author: input.leader || 'TUS-assistent',
    subject: 'Teamudviklingsplan',
  });
  pdf.title('Fælles teamudviklingsplan');
  for (const [label, value] of [
    ['Arbejdsplads', input.workplace],
    ['Team', input.team],
    ['TUS-samtale holdt', formatDate(input.sessionAt)],
    ['Leder', input.leader],
  ] as const) {
    if (value) pdf.paragraph(`${label}: ${value}`);
  }
  const team = input.agreements.filter((a) => a.employeeId === null && a.text.trim()).sort((a, b) => a.createdAt - b.createdAt);
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
  if (!input.followUps.length) pdf.paragraph('Der er ikke aftalt opfølgningsmøder endnu.', { size: 'small' });
  for (const at of input.followUps) pdf.paragraph(`Opfølgningsmøde ${formatDate(at)}`, { indent: 6, bullet: true });
  return pdf.finish();
}
