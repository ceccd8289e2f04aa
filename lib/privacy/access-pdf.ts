import { auditLine } from '../cycles/audit';
import { formatDate, formatDateTime, t } from '../i18n';
import { createPdfWriter, type PdfResult } from '../pdf/writer';
import { safeFileName } from '../shared/file-names';
import type { EmployeeRecord } from './access';

/** The access export's file names: the zip, and the PDF and JSON inside it. */
export const accessFileName = (record: Pick<EmployeeRecord, 'employee' | 'exportedAt'>, ext: 'zip' | 'pdf' | 'json') =>
  safeFileName(`Indsigt_${record.employee.name}_${new Date(record.exportedAt).toISOString().slice(0, 10)}.${ext}`);

const when = (ms: number | null) => (ms === null ? '–' : formatDate(ms));

/** A logged event as the logbook words it, in Danish, with the words it carries. */
function eventText(e: EmployeeRecord['events'][number]): string {
  const line = auditLine(e);
  const words = [t(line.key, line.params, 'da'), line.detail, ...line.dates.map((d) => formatDateTime(d))].filter(Boolean);
  return `#${e.seq} ${formatDateTime(e.at)}: ${words.join(' – ')}`;
}

/** The readable part of an access export: everything in the JSON, in Danish, for the employee to read. */
export async function accessPdf(record: EmployeeRecord, workplace: string): Promise<PdfResult> {
  const { employee } = record;
  const pdf = await createPdfWriter({
    title: `Indsigt – ${employee.name}`,
    author: workplace || 'TUS-assistent',
    subject: 'Oplysninger om en medarbejder i TUS-assistenten (indsigt)',
  });
  pdf.title(`Indsigt: oplysninger om ${employee.name}`);
  pdf.paragraph(`Udtrukket ${formatDateTime(record.exportedAt)} fra TUS-assistenten${workplace ? ` (${workplace})` : ''}.`, {
    size: 'small',
  });
  pdf.heading('Medarbejder');
  for (const [label, value] of [
    ['Navn', employee.name],
    ['E-mail', employee.email],
    ['Medarbejdernummer', employee.number],
    ['Rolle', employee.role],
    ['Team', record.team.name],
  ] as const)
    if (value) pdf.paragraph(`${label}: ${value}`);
  const section = (title: string, lines: string[]) => {
    pdf.heading(`${title} (${lines.length})`);
    if (lines.length === 0) pdf.paragraph('Ingen.', { size: 'small' });
    for (const line of lines) pdf.paragraph(line, { bullet: true, indent: 5 });
  };
  section(
    'Forløb',
    record.cycles.map(
      (c) =>
        `${c.teamName}, ${c.variant === 'tus-iku' ? 'TUS med IKU' : 'TUS'}, oprettet ${when(c.createdAt)}, samtale ${when(c.sessionAt)}, ${c.open ? 'igangværende' : `afsluttet ${when(c.closedAt)}`}`,
    ),
  );
  section(
    'Aftaler',
    record.agreements.map(
      (a) =>
        `${a.employeeId === employee.id ? 'Egen' : a.employeeId === null ? 'Teamets' : 'En anden medarbejders'}: ${a.text}${a.owner ? ` (ansvarlig: ${a.owner})` : ''}${a.due ? `, frist ${a.due}` : ''}`,
    ),
  );
  section(
    'IKU-versioner',
    record.ikuVersions.map(
      (v) =>
        `Version ${v.version}, ${formatDateTime(v.createdAt)}: ${v.fileName}; indhold SHA-256 ${v.contentHash}; PDF SHA-256 ${v.pdfSha256}`,
    ),
  );
  section(
    'Samtykke',
    record.consent.map((c) => {
      const e = c.evidence;
      const detail = [
        e.from && `fra ${e.from}`,
        e.subject && `emne "${e.subject}"`,
        e.text && `svar: "${e.text}"`,
        e.note && `note: ${e.note}`,
      ];
      return `IKU version ${c.version} (SHA-256 ${c.hash}), ${formatDateTime(c.at)}, ${e.channel}${detail
        .filter(Boolean)
        .map((d) => `; ${d}`)
        .join('')}; logbogens hændelse #${c.seq}, SHA-256 ${c.eventHash}`;
    }),
  );
  section(
    'Rettelser',
    record.corrections.map((c) => {
      const who =
        c.newOwner !== undefined && (c.oldOwner !== c.newOwner || c.oldDue !== c.newDue)
          ? ` (ansvarlig "${c.oldOwner ?? ''}" → "${c.newOwner}", dato "${c.oldDue ?? ''}" → "${c.newDue ?? ''}")`
          : '';
      return `${formatDateTime(c.at)}: "${c.oldText}" blev til "${c.newText}"${who}`;
    }),
  );
  section('Hændelser i logbogen, der nævner medarbejderen', record.events.map(eventText));
  pdf.space(4);
  pdf.paragraph('Den arkiverede kopi på personalesagen (IKU og samtykkekvittering) er den gældende dokumentation.', { size: 'small' });
  return pdf.finish();
}
