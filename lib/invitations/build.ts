import type { CyclePlan, Employee, Variant } from '../domain/types';
import type { OutgoingMail } from '../messaging/protocol';
import type { LeaderSettings } from '../settings/store';
import { safeFileName } from '../shared/file-names';
import type { TemplateSet } from '../templates/defaults';
import { renderLine, renderTemplate, type TemplateProblem } from '../templates/placeholders';
import { placeholderValues } from '../templates/values';
import { blocksToPdf } from './document-pdf';
import { sessionIcs } from './session-ics';

export interface InvitationInput {
  cycleId: string;
  teamName: string;
  variant: Variant;
  plan: CyclePlan;
  /** Only names and addresses: the overlay receives these across the message channel. */
  employees: Pick<Employee, 'name' | 'email'>[];
  leader: LeaderSettings;
  templates: TemplateSet;
  /** The calendar file's SEQUENCE: above 0 for an invitation sent again after a change of time or place. */
  sequence?: number;
}

export interface BuiltFile {
  name: string;
  type: 'application/pdf' | 'text/calendar';
  bytes: Uint8Array<ArrayBuffer>;
}

export type BuiltInvitation =
  | { ok: true; mail: Omit<OutgoingMail, 'attachments'>; files: BuiltFile[]; replacedCharacters: string[] }
  | { ok: false; problems: (TemplateProblem & { template: keyof TemplateSet })[] };

/** The invitation mail with the question sheet and guide as PDFs and the session as .ics. */
export async function buildInvitation(input: InvitationInput): Promise<BuiltInvitation> {
  const values = placeholderValues(input.teamName, input.leader.name, input.plan);
  const subject = renderLine(input.templates.subject, values);
  const body = renderTemplate(input.templates.invitation, values);
  const guide = renderTemplate(input.templates.guide, values);
  const questions = renderTemplate(input.templates.questions, values);
  const problems = [
    ...(subject.ok ? [] : subject.problems.map((p) => ({ ...p, template: 'subject' as const }))),
    ...(body.ok ? [] : body.problems.map((p) => ({ ...p, template: 'invitation' as const }))),
    ...(guide.ok ? [] : guide.problems.map((p) => ({ ...p, template: 'guide' as const }))),
    ...(questions.ok ? [] : questions.problems.map((p) => ({ ...p, template: 'questions' as const }))),
  ];
  if (!subject.ok || !body.ok || !guide.ok || !questions.ok) return { ok: false, problems };

  const author = input.leader.name || 'TUS-assistent';
  const [questionPdf, guidePdf] = await Promise.all([
    blocksToPdf(questions.blocks, { title: `Spørgsmålsark – ${input.teamName}`, author, subject: 'TUS' }),
    blocksToPdf(guide.blocks, { title: `Guide – ${input.teamName}`, author, subject: 'TUS' }),
  ]);
  const files: BuiltFile[] = [
    {
      name: safeFileName(`Spørgsmålsark_${input.teamName}.pdf`),
      type: 'application/pdf',
      bytes: questionPdf.bytes as Uint8Array<ArrayBuffer>,
    },
    { name: safeFileName(`Guide_${input.teamName}.pdf`), type: 'application/pdf', bytes: guidePdf.bytes as Uint8Array<ArrayBuffer> },
  ];
  if (input.plan.sessionAt !== null) {
    const ics = sessionIcs({
      uid: `${input.cycleId}@tus-assistent`,
      title: subject.text,
      description: input.plan.place,
      location: input.plan.place,
      start: input.plan.sessionAt,
      durationMin: input.plan.durationMin,
      organizer: { name: input.leader.name, email: input.leader.email },
      attendees: input.employees.map((e) => ({ name: e.name, email: e.email })),
      sequence: input.sequence ?? 0,
    });
    if (ics.ok)
      files.push({
        name: safeFileName(`TUS_${input.teamName}.ics`),
        type: 'text/calendar',
        bytes: new TextEncoder().encode(ics.ics) as Uint8Array<ArrayBuffer>,
      });
  }
  return {
    ok: true,
    // A changed time or place says so first, so nobody takes it for the invitation they already have.
    mail: {
      to: input.employees.map((e) => e.email),
      subject: input.sequence ? `Ændret: ${subject.text}` : subject.text,
      body: body.blocks,
    },
    files,
    replacedCharacters: [...new Set([...questionPdf.replaced, ...guidePdf.replaced])],
  };
}
