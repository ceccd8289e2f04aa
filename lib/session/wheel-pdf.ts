// The conversation wheel on paper (the seed: "Samtalehjulet kan printes, hvis der ikke er skærm og
// projektor i lokalet"): its themes and fields, each field's questions, the help questions for the
// summary, the exercises and the ground rules. A text layout: the PDF writer has no drawing.
import { createPdfWriter, type PdfResult } from '../pdf/writer';
import {
  CARDS,
  type Card,
  DEVELOPMENT_SUGGESTIONS,
  GROUND_RULES,
  SUMMARY_QUESTIONS,
  THEME_LABELS,
  type Theme,
  WHEEL,
  WHEEL_CENTER_HINT,
} from './cards';

export interface WheelPdfInput {
  team: string;
  /** The team's own cards, printed with the built-in ones. */
  ownCards: readonly Card[];
}

const THEMES: readonly Theme[] = ['voresTeam', 'faglighed', 'relationer'];

export async function wheelPdf({ team, ownCards }: WheelPdfInput): Promise<PdfResult> {
  const pdf = await createPdfWriter({
    title: `Samtalehjulet – ${team}`,
    author: 'TUS-assistent',
    subject: 'Samtalehjulet med hjælpespørgsmål',
  });
  const cards = [...CARDS, ...ownCards];
  pdf.title('Samtalehjulet: temaer og hjælpespørgsmål');
  if (team) pdf.paragraph(`Team: ${team}`);
  pdf.paragraph(
    `Vores team står i midten (${WHEEL_CENTER_HINT}); Faglighed og Relationer ligger rundt om. Vælg et felt, træk et kort og drøft spørgsmålet. ` +
      'Formulér konkrete handlinger og øvebaner: kompetenceudvikling er mere og andet end kurser.',
    { size: 'small' },
  );
  for (const theme of THEMES) {
    const fields = WHEEL.filter((f) => f.theme === theme);
    pdf.heading(
      theme === 'voresTeam' ? THEME_LABELS[theme] : `${THEME_LABELS[theme]}: ${fields.map((f) => f.label.toLowerCase()).join(', ')}`,
    );
    for (const field of fields) {
      if (theme !== 'voresTeam') pdf.paragraph(field.label, { bold: true });
      for (const card of cards.filter((c) => c.kind === 'dialog' && c.field === field.id))
        pdf.paragraph(card.text, { indent: 6, bullet: true });
    }
  }
  const anyField = cards.filter((c) => c.kind === 'dialog' && c.field === null);
  if (anyField.length) {
    pdf.heading('Teamets egne spørgsmål');
    for (const card of anyField) pdf.paragraph(card.text, { indent: 6, bullet: true });
  }
  pdf.heading('Hjælpespørgsmål til opsamlingen');
  for (const q of SUMMARY_QUESTIONS) pdf.paragraph(q, { indent: 6, bullet: true });
  pdf.heading('Øvelseskort');
  for (const card of cards.filter((c) => c.kind === 'exercise')) pdf.paragraph(card.text, { indent: 6, bullet: true });
  pdf.heading('Kompetenceudvikling i hverdagen');
  pdf.paragraph(DEVELOPMENT_SUGGESTIONS.join(' · '));
  pdf.heading('Spilleregler');
  for (const rule of GROUND_RULES) pdf.paragraph(rule, { indent: 6, bullet: true });
  return pdf.finish();
}
