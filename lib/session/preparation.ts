// The leader's answers to the preparation questions, as `leader.updatePlan` carries them.
import type { PreparationNotes } from '../domain/types';
import { KeyedError } from '../i18n/message';
import { PREPARATION_FIELDS, PREPARATION_MAX, type PreparationField } from './guide';

/**
 * The whole preparation with one answer changed, or null when nothing changes (no event for a
 * blur without an edit). The machine's updatePlan replaces `preparation` as a whole, so the other
 * answers are carried along; an emptied answer is left out rather than kept as "".
 */
export function withAnswer(current: PreparationNotes | undefined, field: PreparationField, text: string): PreparationNotes | null {
  if (!PREPARATION_FIELDS.includes(field)) throw new KeyedError('prep.error.field');
  const answer = text.trim();
  if (answer.length > PREPARATION_MAX) throw new KeyedError('prep.error.tooLong', { max: PREPARATION_MAX });
  if ((current?.[field] ?? '') === answer) return null;
  const next: PreparationNotes = {};
  for (const f of PREPARATION_FIELDS) {
    const value = f === field ? answer : (current?.[f] ?? '').trim();
    if (value) next[f] = value;
  }
  return next;
}
