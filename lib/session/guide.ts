// The leader's preparation, from the seeds' "Gode råd": the questions to answer before planning,
// who may facilitate or take notes, and the follow-up. As message keys: the team page's panel
// shows them in the leader's language, the leader guide PDF in Danish, like every document.
import type { PreparationNotes, Variant } from '../domain/types';
import type { MessageKey } from '../i18n';
import { GROUND_RULES } from './cards';

export type PreparationField = keyof Required<PreparationNotes>;

export interface PreparationQuestion {
  field: PreparationField;
  question: MessageKey;
  /** Why it matters, when the seed says so. */
  hint?: MessageKey;
}

/** The five questions of both seeds, in their order. */
export function preparationQuestions(variant: Variant): PreparationQuestion[] {
  const iku = variant === 'tus-iku';
  return [
    { field: 'purpose', question: 'guide.purpose' },
    { field: 'outcome', question: 'guide.outcome', hint: iku ? 'guide.outcome.hintIku' : 'guide.outcome.hintTus' },
    { field: 'process', question: 'guide.process' },
    { field: 'roles', question: iku ? 'guide.roles.iku' : 'guide.roles.tus', hint: 'guide.roles.hint' },
    { field: 'composition', question: 'guide.composition', hint: 'guide.composition.hint' },
  ];
}

export const PREPARATION_FIELDS: readonly PreparationField[] = ['purpose', 'outcome', 'process', 'roles', 'composition'];

/** An answer is short: a few lines for the leader's own use, not a document. */
export const PREPARATION_MAX = 1000;

/** The ground rules both seeds suggest: session material, Danish like the cards (the presentation shows the same list). */
export const PREPARATION_GROUND_RULES = GROUND_RULES;

/** Who may facilitate and who may take notes; in TUS med IKU a leader with personnel responsibility is at the summary. */
export function facilitationAdvice(variant: Variant): MessageKey[] {
  return ['guide.lead', 'guide.facilitate', 'guide.notes', variant === 'tus-iku' ? 'guide.leaderPresent' : 'guide.trio'];
}

/** Solution focus (the TUS seed) and the follow-up (both seeds). */
export function followUpAdvice(variant: Variant): MessageKey[] {
  return variant === 'tus-iku'
    ? ['guide.focus', 'guide.followUp.iku', 'guide.followUp.ikuConcrete']
    : ['guide.focus', 'guide.followUp.along', 'guide.followUp.agree'];
}
