import type { ConsentEvidence } from '../../machines/iku.machine';
import { formatDate } from '../i18n';
import { createPdfWriter, type PdfResult, type PdfWriter } from '../pdf/writer';
import { safeFileName } from '../shared/file-names';

export interface ReceiptInput {
  workplace: string;
  team: string;
  employee: string;
  version: number;
  hash: string;
  recordedAt: number;
  evidence: ConsentEvidence;
  /** The logged consent event: its number and hash, the head of the log's hash chain at that moment. */
  chain: { seq: number; hash: string } | null;
  /** The log's check when the receipt was made. */
  log: { ok: true } | { ok: false; firstBadSeq: number };
  /** The IKU's version now, when a later one replaced the approved version (its consent is void). */
  replacedBy?: number;
}

/** The consent receipt's file name, the same from the dashboard and the personnel-file panel. */
export const receiptFileName = (r: Pick<ReceiptInput, 'recordedAt' | 'team' | 'employee' | 'version'>) =>
  safeFileName(`Samtykke_IKU_${new Date(r.recordedAt).getUTCFullYear()}_${r.team}_${r.employee}_v${r.version}.pdf`);

const dateTime = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** The evidence of one employee's written approval of one exact IKU version, to file with the IKU. */
export async function consentReceiptPdf(input: ReceiptInput): Promise<PdfResult> {
  const pdf = await createPdfWriter({
    title: `Samtykke til IKU – ${input.employee}`,
    author: input.workplace || 'TUS-assistent',
    subject: 'Skriftligt samtykke til IKU',
  });
  writeReceipt(pdf, input);
  return pdf.finish();
}

/** The receipt's pages into a writer (alone, or after the IKU in the archive file). */
export function writeReceipt(pdf: PdfWriter, input: ReceiptInput): void {
  pdf.title('Kvittering: skriftligt samtykke til IKU');
  // Never to be read as consent to the IKU as it stands: the receipt of a replaced version says so first.
  if (input.replacedBy !== undefined)
    pdf.paragraph(
      `Erstattet: Godkendelsen gælder IKU version ${input.version}. IKU'en er siden ændret, og version ${input.replacedBy} gælder nu. Kvitteringen viser kun, at version ${input.version} blev godkendt.`,
    );
  const channel = { mail: 'Svar på mail', paper: 'Underskrevet på papir', inPerson: 'Givet personligt' }[input.evidence.channel];
  const rows: [string, string | undefined][] = [
    ['Arbejdsplads', input.workplace],
    ['Team', input.team],
    ['Medarbejder', input.employee],
    ['IKU-version', String(input.version)],
    ['IKU’ens indhold, SHA-256', input.hash],
    ['Samtykke givet som', channel],
    // A leader's own reading of a differently worded reply must be visible on the evidence itself.
    [
      'Læst som godkendelse',
      input.evidence.reading === 'leader'
        ? 'af lederen: svaret indeholder ikke godkendelsessætningen, og lederen har selv læst det som en godkendelse'
        : input.evidence.reading === 'explicit'
          ? 'svaret indeholder godkendelsessætningen for denne version'
          : undefined,
    ],
    ['Afsender', input.evidence.from],
    ['Emne', input.evidence.subject],
    ['Modtaget', input.evidence.receivedAt ? dateTime.format(input.evidence.receivedAt) : undefined],
    ['Message-ID', input.evidence.messageId],
    ['Registreret', dateTime.format(input.recordedAt)],
    ['Logbogens kæde ved samtykket', input.chain ? `hændelse #${input.chain.seq}, SHA-256 ${input.chain.hash}` : 'ikke fundet i logbogen'],
    [
      'Logbogen ved udskrivning',
      input.log.ok ? 'kontrolleret, ubrudt' : `ændret efter den blev skrevet (første afvigelse: hændelse #${input.log.firstBadSeq})`,
    ],
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
  pdf.paragraph(`Kvitteringen arkiveres på personalesagen sammen med IKU version ${input.version} (${formatDate(input.recordedAt)}).`, {
    size: 'small',
  });
}
