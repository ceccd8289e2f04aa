// One schema per table, for the rows a backup file holds at the latest schema version. Rows are
// loose objects: every field the record types name is checked, and a field they do not name is
// kept as it is rather than dropped, so a restore never loses what the file carried.

import * as v from 'valibot';
import type { StateValue } from 'xstate';
import type { CycleContext } from '../../machines/cycle.machine';
import type { CycleRow, EventRow, SettingRow } from '../db/rows';
import { isEmail, normalizeEmail } from '../domain/email';
import type { Agreement, Correction, Employee, IkuVersion, Team, TeamPlanVersion } from '../domain/types';
import { parseHostInput } from '../shared/host-input';
import type { TableName } from './content';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const Text = v.pipe(v.string(), v.maxLength(100_000));
const Time = v.pipe(v.number(), v.finite());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const Flag = v.picklist([0, 1]);
const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStateValue = (x: unknown): x is StateValue =>
  typeof x === 'string' || (isPlainObject(x) && Object.values(x).every((y) => y === undefined || isStateValue(y)));

const Team = v.looseObject({ id: Id, name: Text, archived: Flag, createdAt: Time });

const Employee = v.looseObject({
  id: Id,
  teamId: Id,
  name: Text,
  // The one e-mail rule, stored in lower case as the store writes it (consent replies are matched by sender).
  email: v.pipe(
    v.string(),
    v.maxLength(320),
    v.check(isEmail),
    v.check((e) => e === normalizeEmail(e)),
  ),
  number: v.optional(v.pipe(v.string(), v.maxLength(100))),
  role: v.optional(v.picklist(['TR', 'AMR', 'leader'])),
  startedAt: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

const Break = v.object({ seq: v.number(), kind: v.picklist(['modified', 'missing', 'reordered', 'inserted']) });
const ChainStatus = v.looseObject({
  firstBadSeq: v.number(),
  kind: v.picklist(['modified', 'missing', 'reordered', 'inserted']),
  breaks: v.array(Break),
  unseen: v.array(Break),
  detectedAt: Time,
  seenAt: v.nullable(Time),
});
const Refused = v.looseObject({ seq: v.number(), type: v.string(), machineVersion: v.number(), detectedAt: Time });

const Cycle = v.looseObject({
  id: Id,
  teamId: Id,
  variant: v.picklist(['tus', 'tus-iku']),
  createdAt: Time,
  open: Flag,
  // The cache is a speed-up: its shape is checked here, and loadCycle replays the log when its
  // machine version is not the current one.
  cache: v.nullable(
    v.looseObject({
      machineVersion: Count,
      seq: Count,
      value: v.custom<StateValue>(isStateValue),
      context: v.custom<CycleContext>(isPlainObject),
    }),
  ),
  head: v.optional(v.nullable(v.object({ seq: Count, hash: Hex64 }))),
  integrity: v.optional(v.nullable(v.looseObject({ chain: v.nullable(ChainStatus), refused: v.nullable(Refused) }))),
});

const Event = v.looseObject({
  cycleId: Id,
  seq: v.pipe(Count, v.minValue(1)),
  type: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  at: Time,
  payload: v.record(v.string(), v.unknown()),
  hash: Hex64,
  prev: Hex64,
});

const Agreement = v.looseObject({
  id: Id,
  cycleId: Id,
  employeeId: v.nullable(Id),
  afterTus: v.optional(v.boolean()),
  term: v.optional(v.picklist(['short', 'long'])),
  text: Text,
  owner: Text,
  due: v.pipe(v.string(), v.maxLength(20)),
  createdAt: Time,
  updatedAt: Time,
});

/** An IKU's PDF as bytes over a plain ArrayBuffer (a restore writes them so; a Blob is an earlier build's). */
const PdfBytes = v.custom<Uint8Array<ArrayBuffer>>((x) => x instanceof Uint8Array && x.buffer instanceof ArrayBuffer, 'PDF bytes');

const Iku = v.looseObject({
  id: Id,
  cycleId: Id,
  employeeId: Id,
  version: v.pipe(Count, v.minValue(1)),
  contentHash: Hex64,
  pdfSha256: Hex64,
  pdf: v.union([PdfBytes, v.instance(Blob)]),
  fileName: Text,
  createdAt: Time,
});

const TeamPlan = v.looseObject({
  id: Id,
  cycleId: Id,
  version: v.pipe(Count, v.minValue(1)),
  hash: Hex64,
  madeBy: v.picklist(['team', 'trio']),
  pdf: v.instance(Blob),
  fileName: Text,
  createdAt: Time,
});

const Correction = v.looseObject({
  id: Id,
  cycleId: Id,
  agreementId: Id,
  employeeId: Id,
  at: Time,
  by: v.literal('leader'),
  oldText: Text,
  newText: Text,
  oldOwner: v.optional(Text),
  newOwner: v.optional(Text),
  oldDue: v.optional(v.pipe(v.string(), v.maxLength(20))),
  newDue: v.optional(v.pipe(v.string(), v.maxLength(20))),
});

/** The settings this version reads, each by its own shape (getSetting trusts what is stored). */
const KNOWN_SETTINGS: Record<string, v.GenericSchema> = {
  leader: v.object({ name: Text, email: Text, workplace: Text }),
  // A known webmail's id, or the origin of one the leader added.
  webmail: v.pipe(v.string(), v.maxLength(300), v.regex(/^(?:https?:\/\/\S+|[a-z][a-z0-9-]*)$/)),
  hosts: v.array(v.object({ origin: Text, pattern: Text, kind: v.optional(v.picklist(['webmail', 'personnel'])) })),
  notified: v.array(Text),
  consentWaitWorkingDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)),
  'backup.lastAt': Time,
  'session.sound': v.boolean(),
  // Hashed ids only (lib/privacy/erased.ts).
  'privacy.erased': v.object({ employees: v.array(Hex64), cycles: v.array(Hex64) }),
};
const TEMPLATES = v.record(v.picklist(['subject', 'invitation', 'guide', 'questions']), Text);
// A team's own dialog and exercise cards (lib/session/custom-cards.ts reads each card again).
const OWN_CARDS = v.pipe(
  v.array(v.looseObject({ id: v.pipe(v.string(), v.startsWith('own-'), v.maxLength(100)), text: v.pipe(v.string(), v.maxLength(300)) })),
  v.maxLength(100),
);

/**
 * A host settings would take now (lib/shared/host-input.ts). A file made by an earlier build may
 * hold a wildcard (`*.dk`) that build accepted: that host is dropped, not the whole restore,
 * since the rest of the file is the leader's data and the host is easily added again (and its
 * permission is never restored anyway). lib/browser/hosts.ts checks the same before registering.
 */
type StoredHost = { origin: string; pattern: string };
const validHost = (host: StoredHost) => {
  const parsed = parseHostInput(host.origin);
  return parsed !== null && parsed.origin === host.origin && parsed.pattern === host.pattern;
};

const Setting = v.pipe(
  v.strictObject({ key: v.pipe(v.string(), v.minLength(1), v.maxLength(300)), value: v.unknown() }),
  v.check(({ key, value }) => {
    const schema = key.startsWith('templates:') ? TEMPLATES : key.startsWith('cards:') ? OWN_CARDS : KNOWN_SETTINGS[key];
    return !schema || v.is(schema, value);
  }),
  // After the check: a hosts value is then an array of hosts.
  v.transform((row) => (row.key === 'hosts' ? { ...row, value: (row.value as StoredHost[]).filter(validHost) } : row)),
);

/** The schema of each table's rows, typed by the row it gives. */
export const ROW_SCHEMAS = {
  teams: Team,
  employees: Employee,
  cycles: Cycle,
  events: Event,
  settings: Setting,
  agreements: Agreement,
  ikus: Iku,
  corrections: Correction,
  teamPlans: TeamPlan,
} satisfies Record<TableName, v.GenericSchema>;

// Compile-time: what each schema gives is the row its table stores.
type Gives<S extends v.GenericSchema, T> = v.InferOutput<S> extends T ? true : never;
export const ROW_TYPES_MATCH: [
  Gives<typeof Team, Team>,
  Gives<typeof Employee, Employee>,
  Gives<typeof Cycle, CycleRow>,
  Gives<typeof Event, EventRow>,
  Gives<typeof Setting, SettingRow>,
  Gives<typeof Agreement, Agreement>,
  Gives<typeof Iku, IkuVersion>,
  Gives<typeof Correction, Correction>,
  Gives<typeof TeamPlan, TeamPlanVersion>,
] = [true, true, true, true, true, true, true, true, true];
