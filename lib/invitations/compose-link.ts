import type { TusDb } from '../db/database';
import { getSetting, getTeamTemplates } from '../settings/store';
import { templatesFor } from '../templates/defaults';
import { renderLine, renderTemplate } from '../templates/placeholders';
import { placeholderValues } from '../templates/values';
import { composeTarget } from '../webmail/adapters';

/**
 * The page "Gør det" opens for a cycle's invitation, in the leader's chosen webmail (lib/webmail/adapters.ts composeTarget):
 * an empty new message. One path fills the compose (issue 19): the panel inserts recipients, subject,
 * formatted text and files, checked field by field. A link that pre-filled them too doubled the text,
 * and Outlook may show the link's recipients as names the panel cannot compare with our addresses.
 * Returns null when the invitation cannot be built (an unknown placeholder), as before.
 */
export async function invitationComposeUrl(db: TusDb, cycleId: string): Promise<string | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!cycle?.cache) return null;
  const [team, leader, webmail, own, hosts] = await Promise.all([
    db.teams.get(cycle.teamId),
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
  // Rendered only to refuse a template that cannot be filled; the link itself carries none of it.
  return composeTarget(webmail, added, { to: [], subject: '', body: '' });
}
