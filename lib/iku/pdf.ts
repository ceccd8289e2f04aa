import { formatDate } from '../i18n';
import { createPdfWriter, type PdfResult, type PdfWriter } from '../pdf/writer';
import { agreementLine } from '../sheet/agreement-lines';
import { consentSentence } from './consent-sentence';
import type { AgreementLine, IkuDocument } from './content';

function agreements(pdf: PdfWriter, lines: readonly AgreementLine[], empty: string) {
  if (!lines.length) return pdf.paragraph(empty, { size: 'small' });
  for (const a of lines) {
    agreementLine(pdf, a);
    pdf.space(1.5);
  }
}

/** Every IKU page's footer: the version and the content hash consent refers to. */
export const ikuFooter = (version: number, contentHash: string) => `IKU version ${version} · indhold SHA-256 ${contentHash}`;

/** One employee's IKU: header, team focus, individual focus, after-TUS agreements, how to approve. */
export async function ikuPdf(doc: IkuDocument, version: number, contentHash: string): Promise<PdfResult> {
  const year = new Date(doc.sessionAt).getUTCFullYear();
  const pdf = await createPdfWriter({
    title: `IKU ${year} – ${doc.employee.name}`,
    author: doc.leader || doc.workplace || 'TUS-assistent',
    subject: `Individuel kompetenceudviklingsplan, ${doc.team}`,
    footer: ikuFooter(version, contentHash),
  });
  writeIku(pdf, doc, version);
  return pdf.finish();
}

/** The IKU's pages into a writer (alone, or first in the archive file with the consent receipt after it). */
export function writeIku(pdf: PdfWriter, doc: IkuDocument, version: number): void {
  pdf.title('Individuel kompetenceudviklingsplan (IKU)');
  const facts: [string, string][] = [
    ['Arbejdsplads', doc.workplace],
    ['Team', doc.team],
    ['Medarbejder', doc.employee.number ? `${doc.employee.name} (nr. ${doc.employee.number})` : doc.employee.name],
    ['TUS med IKU holdt', formatDate(doc.sessionAt)],
    ['Periode', doc.period],
    ['Leder', doc.leader],
    ['Version', String(version)],
  ];
  for (const [label, value] of facts) if (value) pdf.paragraph(`${label}: ${value}`);
  pdf.heading('Teamfokus – teamets aftaler');
  agreements(pdf, doc.teamAgreements, 'Ingen fælles aftaler.');
  pdf.heading('Individuelt fokus – dine aftaler');
  agreements(pdf, doc.individual, 'Ingen individuelle aftaler.');
  if (doc.afterTus.length) {
    pdf.heading('Aftalt mellem dig og lederen efter TUS med IKU');
    agreements(pdf, doc.afterTus, '');
  }
  pdf.heading('Godkendelse (skriftligt samtykke)');
  pdf.paragraph(
    `Læs din IKU igennem. Du godkender den skriftligt, fx ved at svare på mailen: "${consentSentence(version)}" ` +
      'Har du kommentarer til formuleringerne, så skriv dem i dit svar, så retter vi IKU\u2019en og sender en ny version. ' +
      'Den godkendte IKU lægges på din personalesag og sendes til din e-Boks, og din godkendelse arkiveres sammen med den.',
  );
}
