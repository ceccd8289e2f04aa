// One e-mail rule (lib/domain/email.ts isEmail) at every place an address enters or leaves:
// each address below passes all of them or none.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { settingsActions } from '../../../lib/actions/settings';
import { TusDb } from '../../../lib/db/database';
import { isEmail, normalizeEmail } from '../../../lib/domain/email';
import { sessionIcs } from '../../../lib/invitations/session-ics';
import { Email, OutgoingMail } from '../../../lib/messaging/protocol';
import { InvitationInput } from '../../../lib/messaging/replies';
import { parseEmployees } from '../../../lib/teams/parse-employees';
import { addEmployees, validEmployee } from '../../../lib/teams/store';
import { headerAddresses, normalizeAddress } from '../../../lib/webmail/sender';

const VALID = [
  "o'brien@example.dk",
  "O'Brien@Example.DK",
  '  bo.hansen@randers.dk ',
  'first_last+tus@sub.randers.dk',
  'a-b@x-y.dk',
  'per.o@k.gov.uk',
];
const INVALID = [
  "o'brien@",
  'obrien@example',
  'æble@randers.dk',
  'bo hansen@randers.dk',
  'bo@randers..dk',
  'bo@-randers.dk',
  '<bo@randers.dk>',
  'bo@randers.dk; mette@randers.dk',
  'bo@@randers.dk',
  'bo\u200B@randers.dk',
  'bo＠randers.dk',
  'bo@randers.d',
  'bo@randers.dk.',
];

const passes = (f: () => unknown) => {
  try {
    f();
    return true;
  } catch {
    return false;
  }
};

/** Each place an address is accepted, as "did it accept this one". */
const ENTRY_POINTS: Record<string, (address: string) => Promise<boolean> | boolean> = {
  'the rule': (a) => isEmail(normalizeEmail(a)),
  'the import (paste)': (a) => parseEmployees(`Bo Berg\t${a}`).accepted.length === 1,
  'the import (CSV)': (a) => parseEmployees(`Bo Berg;"${a.replaceAll('"', '""')}"`).accepted.length === 1,
  'the employee form': (a) => passes(() => validEmployee({ name: 'Bo Berg', email: a })),
  'the import write': async (a) => {
    const db = new TusDb(`email-${crypto.randomUUID()}`);
    await db.teams.add({ id: 't1', name: 'Team', archived: 0, createdAt: 1 });
    const ok = await addEmployees(db, 't1', [{ name: 'Bo Berg', email: a }]).then(
      () => true,
      () => false,
    );
    db.close();
    return ok;
  },
  "the leader's address in settings": async (a) => {
    const db = new TusDb(`email-${crypto.randomUUID()}`);
    const ok = await settingsActions({ db })
      .saveLeader({ name: 'Lene', email: a, workplace: '' })
      .then(
        () => true,
        () => false,
      );
    db.close();
    return ok;
  },
  'the Email schema': (a) => v.is(Email, normalizeEmail(a)),
  "the outgoing mail's recipients": (a) => v.is(OutgoingMail, { to: [normalizeEmail(a)], subject: '', body: [], attachments: [] }),
  "the invitation's employees and leader": (a) => {
    const input = {
      cycleId: 'c1',
      teamName: 'Team',
      variant: 'tus',
      plan: { sessionAt: null, durationMin: 90, place: '', correctionDeadline: null, facilitator: { kind: 'leader' } },
      employees: [{ name: 'Bo', email: normalizeEmail(a) }],
      leader: { name: 'Lene', email: normalizeEmail(a), workplace: '' },
      templates: { subject: '', invitation: '', guide: '', questions: '' },
    };
    return v.is(InvitationInput, input);
  },
};

describe('one e-mail rule', () => {
  const cases = [...VALID.map((a) => [a, true] as const), ...INVALID.map((a) => [a, false] as const)];
  it.each(cases)('%j passes everywhere (%s) or nowhere', async (address, expected) => {
    const verdicts: Record<string, boolean> = {};
    for (const [name, accepts] of Object.entries(ENTRY_POINTS)) verdicts[name] = await accepts(address);
    expect(verdicts).toEqual(Object.fromEntries(Object.keys(ENTRY_POINTS).map((n) => [n, expected])));
  });

  it("an address the rule accepts can be written into the session's calendar file and read back as a reply's sender", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.constantFrom('', "o'", 'O.'), (generated, prefix) => {
        const address = normalizeEmail(prefix + generated);
        fc.pre(isEmail(address));
        const ics = sessionIcs({
          uid: 'c1@tus-assistent',
          title: 'TUS',
          description: '',
          location: '',
          start: Date.UTC(2026, 0, 12, 8),
          durationMin: 90,
          organizer: { name: 'Lene', email: address },
          attendees: [{ name: 'Bo', email: address }],
        });
        expect(ics.ok).toBe(true);
        expect(headerAddresses(`Bo Berg <${address}>`)).toEqual([address]);
        expect(normalizeAddress(address)).toBe(address);
      }),
      { numRuns: 200 },
    );
  });

  it('the settings take an empty address (not given yet), and the invitation sends it as none', async () => {
    const db = new TusDb(`email-${crypto.randomUUID()}`);
    await expect(settingsActions({ db }).saveLeader({ name: 'Lene', email: '  ', workplace: '' })).resolves.toMatchObject({ email: '' });
    db.close();
  });
});
