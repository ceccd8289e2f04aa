import type { TusDb } from '../db/database';
import { getSetting, getTeamTemplates } from '../settings/store';
import { templatesFor } from '../templates/defaults';
import { toText } from '../templates/mail-body';
import { renderLine, renderTemplate } from '../templates/placeholders';
import { placeholderValues } from '../templates/values';
import { composeTarget } from '../webmail/adapters';

/** The page "Gør det" opens for a cycle's invitation, in the leader's chosen webmail (lib/webmail/adapters.ts composeTarget). */
export async function invitationComposeUrl(db: TusDb, cycleId: string): Promise<string | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!cycle?.cache) return null;
  const [team, employees, leader, webmail, own, hosts] = await Promise.all([
    db.teams.get(cycle.teamId),
    db.employees.where('teamId').equals(cycle.teamId).sortBy('name'),
    getSetting(db, 'leader'),
    getSetting(db, 'webmail'),
    getTeamTemplates(db, cycle.teamId),
    getSetting(db, 'hosts'),
  ]);
  const templates = templatesFor(cycle.variant, own);
  const values = placeholderValues(team?.name ?? '', leader.name, cycle.cache.context.plan);
  const subject = renderLine(templates.subject, values);
  const body = renderTemplate(templates.invitation, values);
  if (!subject.ok || !body.ok) return null;
  const added = hosts.filter((h) => (h.kind ?? 'webmail') === 'webmail').map((h) => h.origin);
  return composeTarget(webmail, added, { to: employees.map((e) => e.email), subject: subject.text, body: toText(body.blocks) });
}
