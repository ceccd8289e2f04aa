import type { TusDb } from '../db/database';
import { getSetting, getTeamTemplates } from '../settings/store';
import { templatesFor } from '../templates/defaults';
import { toText } from '../templates/mail-body';
import { renderLine, renderTemplate } from '../templates/placeholders';
import { placeholderValues } from '../templates/values';
import { composeUrl } from '../webmail/deep-links';

/** The webmail compose link for a cycle's invitation: recipients, subject and the text body. */
export async function invitationComposeUrl(db: TusDb, cycleId: string): Promise<string | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!cycle?.cache) return null;
  const [team, employees, leader, webmail, own] = await Promise.all([
    db.teams.get(cycle.teamId),
    db.employees.where('teamId').equals(cycle.teamId).sortBy('name'),
    getSetting(db, 'leader'),
    getSetting(db, 'webmail'),
    getTeamTemplates(db, cycle.teamId),
  ]);
  const templates = templatesFor(cycle.variant, own);
  const values = placeholderValues(team?.name ?? '', leader.name, cycle.cache.context.plan);
  const subject = renderLine(templates.subject, values);
  const body = renderTemplate(templates.invitation, values);
  if (!subject.ok || !body.ok) return null;
  return composeUrl(webmail, { to: employees.map((e) => e.email), subject: subject.text, body: toText(body.blocks) });
}
