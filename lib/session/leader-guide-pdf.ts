// The leader guide: the seeds' "Gode råd" with the leader's own answers, the agenda, the ground
// rules and who may facilitate. The same texts as the team page's preparation panel (guide.ts).
import type { PreparationNotes, Variant } from '../domain/types';
import { formatDate, type MessageKey, t } from '../i18n';
import { createPdfWriter, type PdfResult } from '../pdf/writer';
import { AGENDA } from './agenda';
import { facilitationAdvice, followUpAdvice, PREPARATION_GROUND_RULES, preparationQuestions } from './guide';

export interface LeaderGuideInput {
  variant: Variant;
  team: string;
  leader: string;
  sessionAt: number | null;
  answers: PreparationNotes;
}

const NAME: Record<Variant, string> = { 'tus-iku': 'TUS med IKU', tus: 'TUS-samtalen' };
/** The document is Danish whatever the browser's language. */
const da = (key: MessageKey) => t(key, {}, 'da');
/** Lines to write on by hand, for a question not answered yet. */
const BLANK = '_'.repeat(60);

export async function leaderGuidePdf(input: LeaderGuideInput): Promise<PdfResult> {
  const pdf = await createPdfWriter({
    title: `Lederguide – ${input.team}`,
    author: input.leader || 'TUS-assistent',
    subject: `Forberedelse af ${NAME[input.variant]}`,
  });
  pdf.title(`Lederguide: forberedelse af ${NAME[input.variant]}`);
  for (const [label, value] of [
    ['Team', input.team],
    ['Leder', input.leader],
    ['Samtale', input.sessionAt === null ? '' : formatDate(input.sessionAt)],
  ] as const) {
    if (value) pdf.paragraph(`${label}: ${value}`);
  }
  pdf.heading('Forbered dig grundigt');
  for (const q of preparationQuestions(input.variant)) {
    pdf.paragraph(da(q.question), { bold: true });
    if (q.hint) pdf.paragraph(da(q.hint), { size: 'small' });
    const answer = input.answers[q.field]?.trim();
    if (answer) pdf.paragraph(answer, { indent: 6 });
    else for (let i = 0; i < 2; i++) pdf.paragraph(BLANK, { indent: 6 });
    pdf.space(2);
  }
  pdf.heading('Hvem kan facilitere og tage noter');
  for (const key of facilitationAdvice(input.variant)) pdf.paragraph(da(key), { indent: 6, bullet: true });
  pdf.heading('Spilleregler');
  for (const rule of PREPARATION_GROUND_RULES) pdf.paragraph(rule, { indent: 6, bullet: true });
  pdf.heading('Dagsorden');
  for (const phase of AGENDA[input.variant]) {
    const each = phase.format === 'pairs' ? `, ${phase.minutes / 2} til hver` : '';
    pdf.paragraph(`${da(`phase.${phase.id}` as MessageKey)} (${phase.minutes} min.${each})`, { indent: 6, bullet: true });
  }
  pdf.heading('Opfølgning');
  for (const key of followUpAdvice(input.variant)) pdf.paragraph(da(key), { indent: 6, bullet: true });
  return pdf.finish();
}
