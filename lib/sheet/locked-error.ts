import type { Refusal } from '../../machines/agreement-writes';
import { KeyedError } from '../i18n/message';

/** Why a write to the competence sheet was refused beyond the state's rule: the row's own ties. */
export type RowRefusal = 'otherCycle' | 'otherEmployee' | 'afterTusSwitch' | 'afterTusViaIku' | 'onlyIndividual' | 'deadlinePassed';

/** A write to the competence sheet that the cycle's state does not allow; nothing was written. */
export class LockedError extends KeyedError {
  constructor(readonly refusal: Refusal | RowRefusal) {
    super(`sheet.refused.${refusal}`);
    this.name = 'LockedError';
  }
}

export const lockedError = (refusal: Refusal) => new LockedError(refusal);
