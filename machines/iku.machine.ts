import { assertEvent, assign, setup } from 'xstate';
import { ARCHIVE_MARKS, type ArchiveMark } from './archive-marks';

/** Evidence of an employee's written approval ("skriftligt samtykke") of one IKU version. */
export interface ConsentEvidence {
  /** 'mail' when captured from a reply, 'paper' or 'inPerson' when the leader records it. */
  channel: 'mail' | 'paper' | 'inPerson';
  /**
   * For a mail: 'explicit' when the reply is the approval sentence the request asked for, 'leader'
   * when the leader read a differently worded reply as approval (their reading, on record with the
   * text). Absent in consent recorded before this field existed.
   */
  reading?: 'explicit' | 'leader';
  from?: string;
  subject?: string;
  receivedAt?: number;
  messageId?: string;
  text?: string;
  note?: string;
}

export interface IkuContext {
  version: number;
  hash: string | null;
  generatedAt: number | null;
  requestedAt: number | null;
  /** The reference in the consent request's subject, e.g. IKU-2026-7F3K: ties a reply to this version. */
  requestToken: string | null;
  consent: { version: number; hash: string; at: number; evidence: ConsentEvidence } | null;
  changesNote: string | null;
  marks: Partial<Record<ArchiveMark, number>>;
  /**
   * Every consent given, to whichever version: a new version voids `consent` (the current one) but
   * never the record that an earlier version was approved (the yearly duty, the cycle's page).
   * Absent in caches from before machine v7.
   */
  approvals?: { version: number; hash: string; at: number }[];
}

export type IkuEvent =
  | { type: 'iku.generate'; hash: string; at: number }
  | { type: 'iku.requestConsent'; at: number; token?: string }
  | { type: 'iku.consent'; version: number; hash: string; evidence: ConsentEvidence; at: number }
  | { type: 'iku.requestChanges'; note: string; at: number }
  | { type: 'iku.markFiled'; mark: ArchiveMark; at: number };

export const initialIkuContext = (): IkuContext => ({
  version: 0,
  hash: null,
  generatedAt: null,
  requestedAt: null,
  requestToken: null,
  consent: null,
  changesNote: null,
  marks: {},
  approvals: [],
});

/**
 * One employee's IKU: drafted → generated(vN) → consentRequested → consented | changesRequested
 * → archived. A new version voids any consent and archive marks, so filing always refers to
 * the version the employee approved.
 */
export const ikuMachine = setup({
  types: {
    context: {} as IkuContext,
    events: {} as IkuEvent,
  },
  guards: {
    isConsentToCurrentVersion: ({ context, event }) => {
      assertEvent(event, 'iku.consent');
      return event.version === context.version && event.hash === context.hash;
    },
    hasConsentToCurrentVersion: ({ context }) =>
      context.consent !== null && context.consent.version === context.version && context.consent.hash === context.hash,
    hasAllMarks: ({ context }) => ARCHIVE_MARKS.every((m) => context.marks[m] !== undefined),
    // The message schema allows only these; the machine refuses any other at run time too.
    mayRecordMark: ({ context, event }) => {
      assertEvent(event, 'iku.markFiled');
      return (
        (ARCHIVE_MARKS as readonly string[]).includes(event.mark) &&
        context.consent !== null &&
        context.consent.version === context.version &&
        context.consent.hash === context.hash
      );
    },
  },
  actions: {
    newVersion: assign(({ context, event }) => {
      assertEvent(event, 'iku.generate');
      return {
        version: context.version + 1,
        hash: event.hash,
        generatedAt: event.at,
        requestedAt: null,
        requestToken: null,
        consent: null,
        changesNote: null,
        marks: {},
      };
    }),
    recordRequest: assign({
      requestedAt: ({ event }) => event.at,
      requestToken: ({ context, event }) => {
        assertEvent(event, 'iku.requestConsent');
        return event.token ? event.token : context.requestToken;
      },
    }),
    recordConsent: assign(({ context, event }) => {
      assertEvent(event, 'iku.consent');
      return {
        consent: { version: event.version, hash: event.hash, at: event.at, evidence: event.evidence },
        approvals: [...(context.approvals ?? []), { version: event.version, hash: event.hash, at: event.at }],
      };
    }),
    recordChangesRequested: assign({
      changesNote: ({ event }) => {
        assertEvent(event, 'iku.requestChanges');
        return event.note;
      },
    }),
    recordMark: assign({
      marks: ({ context, event }) => {
        assertEvent(event, 'iku.markFiled');
        return { ...context.marks, [event.mark]: event.at };
      },
    }),
  },
}).createMachine({
  id: 'iku',
  context: initialIkuContext,
  initial: 'drafted',
  states: {
    drafted: {
      on: { 'iku.generate': { target: 'generated', actions: 'newVersion' } },
    },
    generated: {
      on: {
        'iku.generate': { target: 'generated', reenter: true, actions: 'newVersion' },
        'iku.requestConsent': { target: 'consentRequested', actions: 'recordRequest' },
        // Consent given on paper or in person needs no mail request first.
        'iku.consent': { guard: 'isConsentToCurrentVersion', target: 'consented', actions: 'recordConsent' },
      },
    },
    consentRequested: {
      on: {
        'iku.generate': { target: 'generated', actions: 'newVersion' },
        'iku.requestConsent': { target: 'consentRequested', reenter: true, actions: 'recordRequest' },
        'iku.consent': { guard: 'isConsentToCurrentVersion', target: 'consented', actions: 'recordConsent' },
        'iku.requestChanges': { target: 'changesRequested', actions: 'recordChangesRequested' },
      },
    },
    changesRequested: {
      on: { 'iku.generate': { target: 'generated', actions: 'newVersion' } },
    },
    consented: {
      always: { guard: 'hasAllMarks', target: 'archived' },
      on: {
        'iku.generate': { target: 'generated', actions: 'newVersion' },
        'iku.markFiled': { guard: 'mayRecordMark', actions: 'recordMark' },
      },
    },
    archived: { type: 'final' },
  },
});

export type IkuStateValue = 'drafted' | 'generated' | 'consentRequested' | 'changesRequested' | 'consented' | 'archived';

/** The serializable part of an IKU snapshot, kept inside the cycle's context. */
export interface IkuState {
  value: IkuStateValue;
  context: IkuContext;
}
