import { formatDate } from '../i18n';
import type { TextCache } from '../pdf/memo';
import { createPdfWriter, type PdfResult, type PdfWriter } from '../pdf/writer';
import { followUpText } from '../sheet/agreement-lines';
import { consentSentence } from './consent-sentence';
import { type AgreementLine, formatPeriod, type IkuDocument } from './content';

// A 'YYYY-MM-DD' due date printed as that calendar day, whatever the machine's time zone.
const dueText = (due: string) => (due ? formatDate(Date.parse(`${due}T12:00:00Z`)) : 'ikke angivet');

/** Each agreement with what, who and when; who or when left open (generated anyway) says so rather than vanish. */
function agreements(pdf: PdfWriter, lines: readonly AgreementLine[], empty: string) {
  if (!lines.length) return pdf.paragraph(empty, { size: 'small' });
  for (const a of lines) {
    pdf.paragraph(a.text, { indent: 6, bullet: true });
    pdf.paragraph(`Ansvarlig: ${a.owner || 'ikke angivet'} · Dato: ${dueText(a.due)}`, { size: 'small', indent: 6 });
    pdf.space(1.5);
  }
}

/** Every IKU page's footer: the version and the content hash consent refers to. */
export const ikuFooter = (version: number, contentHash: string) => `IKU version ${version} · indhold SHA-256 ${contentHash}`;

/**
 * One employee's IKU: header, team focus, individual focus, after-TUS agreements, follow-up,
 * approval. A team's IKUs made together share a `cache` (lib/pdf/memo.ts): most of their text is the same.
 */
export async function ikuPdf(doc: IkuDocument, version: number, contentHash: string, cache?: TextCache): Promise<PdfResult> {
  const year = new Date(doc.sessionAt).getUTCFullYear();
  const pdf = await createPdfWriter(
    {
      title: `IKU ${year} – ${doc.employee.name}`,
      author: doc.leader || doc.workplace || 'TUS-assistent',
      subject: `Individuel kompetenceudviklingsplan, ${doc.team}`,
      footer: ikuFooter(version, contentHash),
    },
    cache,
  );
  writeIku(pdf, doc, version, contentHash);
  return pdf.finish();
}

/**
 * The IKU's pages into a writer (alone, or first in the archive file with the consent receipt
 * after it), in the order HR reads them: who and when, the agreements (what, who, when), how they
 * are followed up, and the approval with the version and content hash and lines for a signature.
 */
export function writeIku(pdf: PdfWriter, doc: IkuDocument, version: number, contentHash: string): void {
  pdf.title('Individuel kompetenceudviklingsplan (IKU)');
  const facts: [string, string][] = [
    ['Arbejdsplads', doc.workplace],
    ['Team', doc.team],
    ['Medarbejder', doc.employee.number ? `${doc.employee.name} (nr. ${doc.employee.number})` : doc.employee.name],
    ['Leder', doc.leader],
    ['TUS med IKU holdt', formatDate(doc.sessionAt)],
    ['Planen dækker (12 måneder)', formatPeriod(doc.period)],
  ];
  for (const [label, value] of facts) if (value) pdf.paragraph(`${label}: ${value}`);
  pdf.heading('Teamfokus – teamets aftaler');
  agreements(pdf, doc.teamAgreements, 'Ingen fælles aftaler.');
  pdf.heading('Individuelt fokus – dine aftaler');
  agreements(pdf, doc.individual, 'Ingen individuelle aftaler.');
  pdf.heading('Aftalt mellem dig og lederen efter TUS med IKU');
  agreements(pdf, doc.afterTus, 'Ingen aftaler efter TUS med IKU.');
  pdf.heading('Opfølgning');
  if (doc.followUps.length) {
    pdf.paragraph('Aftalerne følges op på disse møder, hvor vi gør status på, hvor langt de er:');
    for (const f of doc.followUps) pdf.paragraph(followUpText(f), { indent: 6, bullet: true });
  } else {
    pdf.paragraph('Der er endnu ikke planlagt opfølgningsmøder. Hvordan og hvornår aftalerne følges op, aftaler du med din leder.');
  }
  pdf.heading('Godkendelse');
  pdf.paragraph(`Version ${version} · indhold SHA-256 ${contentHash}`, { size: 'small' });
  pdf.paragraph(
    `Læs din IKU igennem. Du godkender den skriftligt, fx ved at svare på mailen: "${consentSentence(version)}" ` +
      'Har du kommentarer til formuleringerne, så skriv dem i dit svar, så retter vi IKU\u2019en og sender en ny version. ' +
      'Den godkendte IKU lægges på din personalesag og sendes til din e-Boks, og din godkendelse arkiveres sammen med den.',
  );
  pdf.paragraph('Eller godkend med underskrift på papir:');
  for (const who of ['Medarbejder', 'Leder']) {
    pdf.space(6);
    pdf.paragraph(`${who} (navn): ______________________________   Dato: ______________`);
  }
}
