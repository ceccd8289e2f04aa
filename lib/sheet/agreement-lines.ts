import type { FollowUpForm } from '../../machines/cycle.machine';
import { epochToZoned } from '../dates/datetime';
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

/** A planned follow-up meeting as a document prints it; `form` is null for meetings planned as bare dates (older logs). */
export interface FollowUpLine {
  at: number;
  form: FollowUpForm | null;
  place: string;
}

const FORMS: Record<FollowUpForm, string> = {
  teamMeeting: 'teammøde',
  staffMeeting: 'personalemøde',
  oneToOne: 'samtale mellem medarbejder og leder',
};

/** "3. mar. 2027 kl. 10.00, teammøde, Mødelokalet": one planned follow-up as the IKU and the team plan print it. */
export function followUpText(f: FollowUpLine): string {
  const time = epochToZoned(f.at).time.replace(':', '.');
  return [`${formatDate(f.at)} kl. ${time}`, f.form ? FORMS[f.form] : 'opfølgningsmøde', f.place].filter(Boolean).join(', ');
}

/** The cycle's meetings as lines, by date. */
export const followUpLines = (meetings: readonly { at: number; form?: FollowUpForm; place?: string }[]): FollowUpLine[] =>
  [...meetings].sort((a, b) => a.at - b.at).map((f) => ({ at: f.at, form: f.form ?? null, place: (f.place ?? '').trim() }));
