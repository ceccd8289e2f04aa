import { formatDate } from '../i18n';
import type { PdfWriter } from '../pdf/writer';

/** One agreement as IKUs and team plans print it: the text as a bullet, then who and by when. */
export function agreementLine(pdf: PdfWriter, a: { text: string; owner: string; due: string }): void {
  pdf.paragraph(a.text.trim(), { indent: 6, bullet: true });
  // A 'YYYY-MM-DD' due date printed as that calendar day, whatever the machine's time zone.
  const meta = [a.owner && `Ansvarlig: ${a.owner}`, a.due && `Dato: ${formatDate(Date.parse(`${a.due}T12:00:00Z`))}`]
    .filter(Boolean)
    .join(' · ');
  if (meta) pdf.paragraph(meta, { size: 'small', indent: 6 });
}
