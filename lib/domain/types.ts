// Domain records as stored in IndexedDB. Names follow the glossary in docs/architecture.md.

export type Variant = 'tus' | 'tus-iku';
export type Role = 'TR' | 'AMR' | 'leader';

export interface Team {
  id: string;
  name: string;
  /** 1 when archived; numbers, not booleans, because IndexedDB cannot index booleans. */
  archived: 0 | 1;
  createdAt: number;
}

export interface Employee {
  id: string;
  teamId: string;
  name: string;
  /** Stored trimmed and lower-cased, so a consent reply's sender compares exactly. */
  email: string;
  number?: string;
  role?: Role;
  /** 'YYYY-MM-DD' the employee started; the yearly IKU duty counts from it for newcomers. */
  startedAt?: string;
}

export interface Facilitator {
  kind: 'leader' | 'delegate';
  /** Name of the delegate (e.g. a TR) when kind is 'delegate'. */
  name?: string;
}

/** The leader's short answers to the seeds' preparation questions ("Gode råd"), kept with the cycle. */
export interface PreparationNotes {
  purpose?: string;
  outcome?: string;
  process?: string;
  roles?: string;
  composition?: string;
}

export interface CyclePlan {
  sessionAt: number | null;
  durationMin: number;
  place: string;
  correctionDeadline: number | null;
  facilitator: Facilitator;
  preparation?: PreparationNotes;
}

/** Who made the team development plan (seed: the whole team, or the workplace's TRIO: leader, TR and AMR). */
export type TeamPlanAuthor = 'team' | 'trio';

/** One completed team development plan: the PDF as made, never changed (schema v7). */
export interface TeamPlanVersion {
  /** `${cycleId}:${version}` */
  id: string;
  cycleId: string;
  version: number;
  /** SHA-256 of the PDF's bytes; what `leader.completeTeamPlan` records. */
  hash: string;
  madeBy: TeamPlanAuthor;
  pdf: Blob;
  fileName: string;
  createdAt: number;
}

/**
 * One concrete agreement ("øvebane") in Det Fælles Kompetenceskema: the team's, or one
 * employee's individual agreement. Written during the session, corrected until the deadline.
 */
export interface Agreement {
  id: string;
  cycleId: string;
  /** null for a team agreement. */
  employeeId: string | null;
  /** Agreed after the TUS between leader and employee (goes into the IKU in its own section). */
  afterTus?: boolean;
  /** Team plan (plain TUS): short or long term. */
  term?: 'short' | 'long';
  text: string;
  owner: string;
  /** 'YYYY-MM-DD' or ''. */
  due: string;
  createdAt: number;
  updatedAt: number;
}

/** One generated IKU version of one employee: the PDF as generated, never changed. */
export interface IkuVersion {
  /** `${cycleId}:${employeeId}:${version}` */
  id: string;
  cycleId: string;
  employeeId: string;
  version: number;
  /** SHA-256 of the IKU's content; printed in its footer; what consent refers to. */
  contentHash: string;
  /** SHA-256 of the PDF file's bytes. */
  pdfSha256: string;
  /** The PDF's bytes; a Blob in rows written by earlier builds. Read it with lib/iku/pdf-bytes.ts. */
  pdf: Uint8Array<ArrayBuffer> | Blob;
  fileName: string;
  createdAt: number;
}

/** A change to an individual agreement during the correction period, for a later reader. */
export interface Correction {
  id: string;
  cycleId: string;
  agreementId: string;
  employeeId: string;
  at: number;
  /** The leader writes it, on behalf of the employee. */
  by: 'leader';
  oldText: string;
  newText: string;
  /** Who and when before and after (absent in corrections logged before session 5, which kept the text only). */
  oldOwner?: string;
  newOwner?: string;
  oldDue?: string;
  newDue?: string;
}
