// The handler tables are checked against the protocol map by `tsc` (npm run typecheck reads tests/
// too): each `@ts-expect-error` below must meet a compile error, or tsc fails on the unused
// directive. So a handler returning the wrong shape cannot pass the typecheck.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PersonnelRequest } from '../../../lib/messaging/protocol';
import { type Handlers, REPLIES, type ReplyOf, type RequestOf } from '../../../lib/messaging/protocol-map';

// The three original personnel requests: enough to prove the mechanism on a table of known size.
type Personnel = Extract<PersonnelRequest['type'], 'tus.personnel.pending' | 'tus.personnel.files' | 'tus.personnel.mark'>;
interface Ctx {
  now: number;
}

describe('handler tables checked with `satisfies`', () => {
  it('accept answers of their reply types, with each request typed by its own type', async () => {
    const table = {
      'tus.personnel.pending': async () => [],
      'tus.personnel.files': async () => null,
      'tus.personnel.mark': async (request, { now }) =>
        request.mark === 'sentToEBoks' && now > 0
          ? { ok: true }
          : { ok: false, error: { key: 'error.generic', params: { message: request.cycleId } } },
    } satisfies Handlers<Personnel, Ctx>;
    expect(
      await table['tus.personnel.mark']({ type: 'tus.personnel.mark', cycleId: 'c', employeeId: 'e', mark: 'sentToEBoks' }, { now: 1 }),
    ).toEqual({ ok: true });
  });

  it('refuse a wrong reply shape, a missing answer, an unknown request and a field the request lacks', () => {
    const wrongShape = {
      'tus.personnel.pending': async () => [],
      'tus.personnel.files': async () => null,
      // @ts-expect-error a finished sentence where the reply carries a message key
      'tus.personnel.mark': async () => ({ ok: false, error: 'Hændelsen er ikke tilladt' }),
    } satisfies Handlers<Personnel, Ctx>;

    const wrongList = {
      // @ts-expect-error a list item without the employee's name and the marks
      'tus.personnel.pending': async () => [{ cycleId: 'c', employeeId: 'e', teamName: 't', version: 1 }],
      'tus.personnel.files': async () => null,
      'tus.personnel.mark': async () => ({ ok: true as const }),
    } satisfies Handlers<Personnel, Ctx>;

    const missing = {
      'tus.personnel.pending': async () => [],
      'tus.personnel.files': async () => null,
      // @ts-expect-error no answer to tus.personnel.mark (reported where `satisfies` checks the table)
    } satisfies Handlers<Personnel, Ctx>;

    const unknown = {
      'tus.personnel.pending': async () => [],
      'tus.personnel.files': async () => null,
      'tus.personnel.mark': async () => ({ ok: true as const }),
      // @ts-expect-error not a personnel request
      'tus.personnel.delete': async () => ({ ok: true as const }),
    } satisfies Handlers<Personnel, Ctx>;

    const wrongField = {
      'tus.personnel.pending': async () => [],
      // @ts-expect-error files asks by cycle and employee; there is no token on it
      'tus.personnel.files': async (request) => (request.token ? null : null),
      'tus.personnel.mark': async () => ({ ok: true as const }),
    } satisfies Handlers<Personnel, Ctx>;

    expect([wrongShape, wrongList, missing, unknown, wrongField].map((t) => Object.keys(t).length)).toEqual([3, 3, 2, 4, 3]);
  });
});

describe('the protocol map', () => {
  it('has a reply schema for every request type, and the reply types the panels read', () => {
    expect(Object.keys(REPLIES).sort()).toEqual(
      [
        'tus.checkPage',
        'tus.compose',
        'tus.fillCompose',
        'tus.overlay.compose',
        'tus.overlay.openMailKey',
        'tus.overlay.consentCandidate',
        'tus.overlay.consentRequestData',
        'tus.overlay.consentRequests',
        'tus.overlay.followUpData',
        'tus.overlay.followUps',
        'tus.overlay.invitationData',
        'tus.overlay.list',
        'tus.overlay.markConsentRequested',
        'tus.overlay.markSent',
        'tus.overlay.pageCheck',
        'tus.overlay.recordReply',
        'tus.panel.claim',
        'tus.panel.register',
        'tus.personnel.allFiles',
        'tus.personnel.eBoksTeam',
        'tus.personnel.filed',
        'tus.personnel.files',
        'tus.personnel.mark',
        'tus.personnel.pending',
        'tus.readOpenMail',
        'tus.refreshReminders',
        'tus.syncHosts',
      ].sort(),
    );
    expectTypeOf<ReplyOf<'tus.panel.claim'>>().toEqualTypeOf<boolean>();
    expectTypeOf<RequestOf<'tus.overlay.markSent'>>().toEqualTypeOf<{ type: 'tus.overlay.markSent'; cycleId: string }>();
    expectTypeOf<ReplyOf<'tus.overlay.markSent'>>().toMatchTypeOf<{ ok: boolean }>();
    expectTypeOf<RequestOf<'tus.overlay.followUpData'>>().toEqualTypeOf<{
      type: 'tus.overlay.followUpData';
      cycleId: string;
      at: number;
    }>();
  });
});
