import type { CycleEvent } from '../../machines/cycle.machine';
import type { EventRow } from '../db/database';
import type { MessageKey } from '../i18n';
import { cardText } from '../session/cards';
import { ERASURE_EVENT } from './replay';

/** What a line needs of a logged event (the chain's hashes are the integrity check's business). */
export type AuditSource = Pick<EventRow, 'seq' | 'type' | 'at' | 'payload'>;

export interface AuditLine {
  seq: number;
  at: number;
  /** The label, with `params` filled in by the view. */
  key: MessageKey;
  params: Record<string, string | number>;
  employeeId: string | null;
  /** Words the leader or employee gave (a note, a card's text, consent evidence), shown as text. */
  detail: string | null;
  /** Instants the event names (a new deadline, follow-up dates), formatted by the view. */
  dates: number[];
}

/**
 * One label per event type of both machines. `satisfies` makes the compiler demand a label for
 * every type in CycleEvent; tests/lib/cycles/audit.test.ts does the same for every type the
 * machines' states actually handle.
 */
const LABELS = {
  'leader.updatePlan': 'audit.updatePlan',
  'leader.invitationSent': 'audit.leader.invitationSent',
  'leader.markPrepared': 'audit.leader.markPrepared',
  'leader.startSession': 'audit.leader.startSession',
  'leader.nextPhase': 'audit.leader.nextPhase',
  'leader.setAbsent': 'audit.leader.setAbsent',
  'leader.reshuffle': 'audit.leader.reshuffle',
  'leader.setNoteTaker': 'audit.leader.setNoteTaker',
  'leader.drawCard': 'audit.leader.drawCard',
  'leader.pausePhase': 'audit.leader.pausePhase',
  'leader.resumePhase': 'audit.leader.resumePhase',
  'leader.extendPhase': 'audit.leader.extendPhase',
  'leader.closeCorrectionsEarly': 'audit.leader.closeCorrectionsEarly',
  'leader.reopenCorrections': 'audit.leader.reopenCorrections',
  'leader.generateIkus': 'audit.leader.generateIkus',
  'leader.completeTeamPlan': 'audit.leader.completeTeamPlan',
  'leader.planFollowUps': 'audit.leader.planFollowUps',
  'leader.planFollowUp': 'audit.leader.planFollowUp',
  'leader.recordFollowUp': 'audit.leader.recordFollowUp',
  'leader.markAgreement': 'audit.leader.markAgreement',
  'leader.closeCycle': 'audit.leader.closeCycle',
  'leader.cancelCycle': 'audit.leader.cancelCycle',
  'leader.acknowledgeLogChange': 'audit.leader.acknowledgeLogChange',
  'iku.generate': 'audit.generate',
  'iku.requestConsent': 'audit.requestConsent',
  'iku.consent': 'audit.consent',
  'iku.requestChanges': 'audit.requestChanges',
  'iku.markFiled': 'audit.iku.markFiled',
} as const satisfies Record<CycleEvent['type'], MessageKey>;

/** The label key an event type has, or null for a type no label is known for. */
export function auditLabelOf(type: string): MessageKey | null {
  return Object.hasOwn(LABELS, type) ? LABELS[type as keyof typeof LABELS] : null;
}

// The payload is stored data, possibly from an older version: read it field by field, never trust it.
const str = (p: Record<string, unknown>, k: string): string | null => (typeof p[k] === 'string' && p[k] !== '' ? (p[k] as string) : null);
const num = (p: Record<string, unknown>, k: string): number | null =>
  typeof p[k] === 'number' && Number.isFinite(p[k]) ? (p[k] as number) : null;
const obj = (p: Record<string, unknown>, k: string): Record<string, unknown> =>
  typeof p[k] === 'object' && p[k] !== null && !Array.isArray(p[k]) ? (p[k] as Record<string, unknown>) : {};

const CONSENT_KEYS = { mail: 'audit.iku.consent.mail', paper: 'audit.iku.consent.paper', inPerson: 'audit.iku.consent.inPerson' } as const;
const MARK_KEYS = {
  ikuFiled: 'audit.iku.markFiled.ikuFiled',
  consentFiled: 'audit.iku.markFiled.consentFiled',
  sentToEBoks: 'audit.iku.markFiled.sentToEBoks',
} as const;
const FORM_KEYS = {
  teamMeeting: 'audit.leader.planFollowUp.teamMeeting',
  staffMeeting: 'audit.leader.planFollowUp.staffMeeting',
  oneToOne: 'audit.leader.planFollowUp.oneToOne',
} as const;
const STATUS_KEYS = {
  notStarted: 'audit.agreementStatus.notStarted',
  underWay: 'audit.agreementStatus.underWay',
  done: 'audit.agreementStatus.done',
  dropped: 'audit.agreementStatus.dropped',
} as const;
const pick = <K extends string>(keys: Record<K, MessageKey>, value: string | null): MessageKey | null =>
  value !== null && Object.hasOwn(keys, value) ? keys[value as K] : null;

/** A readable line per logged event: what happened, to whom, with the words and dates it carries. */
export function auditLine(row: AuditSource): AuditLine {
  const p: Record<string, unknown> = typeof row.payload === 'object' && row.payload !== null ? row.payload : {};
  const line: AuditLine = {
    seq: row.seq,
    at: row.at,
    key: auditLabelOf(row.type) ?? 'audit.unknown',
    params: { type: row.type },
    employeeId: str(p, 'employeeId'),
    detail: null,
    dates: [],
  };
  switch (row.type) {
    case 'leader.setAbsent':
      if (p.absent === false) line.key = 'audit.leader.setPresent';
      break;
    case 'leader.setNoteTaker':
      line.params.group = (num(p, 'group') ?? 0) + 1;
      break;
    case 'leader.drawCard': {
      const id = str(p, 'cardId');
      line.detail = id ? cardText({ id, text: str(p, 'text') ?? undefined }) || null : null;
      break;
    }
    case 'leader.extendPhase':
      line.params.minutes = num(p, 'minutes') ?? 0;
      break;
    case 'leader.reopenCorrections': {
      const until = num(p, 'until');
      line.dates = until === null ? [] : [until];
      break;
    }
    case 'leader.generateIkus': {
      line.params.count = Array.isArray(p.ikus) ? p.ikus.length : 0;
      // "Generated anyway": whose content check found something, and the leader's reason.
      const reasons = Array.isArray(p.overrides)
        ? p.overrides.map((o: unknown) => (typeof o === 'object' && o !== null ? str(o as Record<string, unknown>, 'reason') : null))
        : [];
      line.detail = reasons.filter((r): r is string => r !== null).join(' · ') || null;
      break;
    }
    case 'leader.completeTeamPlan':
      line.params.version = num(p, 'version') ?? 1;
      if (str(p, 'madeBy') === 'trio') line.key = 'audit.leader.completeTeamPlan.trio';
      break;
    case 'leader.planFollowUp': {
      const meeting = obj(p, 'meeting');
      const at = num(meeting, 'at');
      line.dates = at === null ? [] : [at];
      line.key = pick(FORM_KEYS, str(meeting, 'form')) ?? line.key;
      line.detail = str(meeting, 'place');
      break;
    }
    case 'leader.markAgreement':
      line.key = pick(STATUS_KEYS, str(p, 'status')) ?? line.key;
      line.detail = str(p, 'note');
      break;
    case 'leader.cancelCycle':
      line.detail = str(p, 'reason');
      break;
    case 'leader.planFollowUps':
      line.dates = Array.isArray(p.dates) ? p.dates.filter((d): d is number => typeof d === 'number' && Number.isFinite(d)) : [];
      break;
    case 'leader.recordFollowUp':
      line.params.n = (num(p, 'index') ?? 0) + 1;
      break;
    case 'leader.acknowledgeLogChange': {
      const seqs = Array.isArray(p.breaks)
        ? p.breaks.map((b: unknown) => (typeof b === 'object' && b !== null ? num(b as Record<string, unknown>, 'seq') : null))
        : [];
      line.detail =
        seqs
          .filter((n): n is number => n !== null)
          .map((n) => `#${n}`)
          .join(', ') || null;
      break;
    }
    case ERASURE_EVENT: {
      // Logged by an erasure (lib/privacy): how many events were rewritten, and the head before.
      const head = obj(p, 'previousHead');
      line.key = 'audit.log.erasure';
      line.params.count = num(p, 'rewritten') ?? 0;
      line.detail = str(head, 'hash') && `#${num(head, 'seq') ?? '?'} ${str(head, 'hash')}`;
      break;
    }
    case 'iku.requestConsent':
      line.detail = str(p, 'token');
      break;
    case 'iku.consent': {
      const evidence = obj(p, 'evidence');
      line.key = pick(CONSENT_KEYS, str(evidence, 'channel')) ?? line.key;
      line.params.version = num(p, 'version') ?? '?';
      line.detail = [str(evidence, 'from'), str(evidence, 'note')].filter(Boolean).join(' – ') || null;
      break;
    }
    case 'iku.requestChanges':
      line.detail = str(p, 'note');
      break;
    case 'iku.markFiled':
      line.key = pick(MARK_KEYS, str(p, 'mark')) ?? line.key;
      break;
  }
  return line;
}
