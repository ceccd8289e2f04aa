import type { ConsentEvidence } from '../../machines/iku.machine';
import { formatDate } from '../i18n';
import { createPdfWriter, type PdfResult } from './writer';

export interface ReceiptInput {
  workplace: string;
  team: string;
  employee: string;
  version: number;
  hash: string;
  recordedAt: number;
  evidence: ConsentEvidence;
}

const dateTime = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** The evidence of one employee's written approval of one exact IKU version, to file with the IKU. */
export async function consentReceiptPdf(input: ReceiptInput): Promise<PdfResult> {
  const pdf = await createPdfWriter({ title: `Samtykke til IKU – ${input.employee}`, author: input.workplace || 'TUS-assistent', subject: 'Skriftligt samtykke til IKU' });
  pdf.title('Kvittering: skriftligt samtykke til IKU');
  const channel = { mail: 'Svar på mail', paper: 'Underskrevet på papir', inPerson: 'Givet personligt' }[input.evidence.channel];
  const rows: [string, string | undefined][] = [
    ['Arbejdsplads', input.workplace],
    ['Team', input.team],
    ['Medarbejder', input.employee],
    ['IKU-version', String(input.version)],
    ['IKU’ens indhold, SHA-256', input.hash],
    ['Samtykke givet som', channel],
    ['Afsender', input.evidence.from],
    ['Emne', input.evidence.subject],
    ['Modtaget', input.evidence.receivedAt ? dateTime.format(input.evidence.receivedAt) : undefined],
    ['Message-ID', input.evidence.messageId],
    ['Registreret', dateTime.format(input.recordedAt)],
  ];
  for (const [label, value] of rows) if (value) pdf.paragraph(`${label}: ${value}`);
  if (input.evidence.text) {
    pdf.heading('Svarets tekst');
    pdf.paragraph(input.evidence.text);
  }
  if (input.evidence.note) {
    pdf.heading('Note');
    pdf.paragraph(input.evidence.note);
  }
  pdf.space(4);
  pdf.paragraph(`Kvitteringen arkiveres på personalesagen sammen med IKU version ${input.version} (${formatDate(input.recordedAt)}).`, { size: 'small' });
  return pdf.finish();
}
