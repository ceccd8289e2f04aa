import { useEffect, useState } from 'preact/hooks';
import { type PreparationActions, preparationActions } from '../../lib/actions/preparation';
import type { CycleRow } from '../../lib/cycles/queries';
import type { PreparationNotes, Variant } from '../../lib/domain/types';
import { KeyedError } from '../../lib/i18n/message';
import { describeCharChanges } from '../../lib/pdf/winansi';
import {
  facilitationAdvice,
  followUpAdvice,
  PREPARATION_GROUND_RULES,
  type PreparationField,
  preparationQuestions,
} from '../../lib/session/guide';
import { topState } from '../../machines/next-step';
import { useT } from '../hooks/use-t';
import { CardEditor } from '../session/CardEditor';
import { WheelPdfButton } from '../session/WheelPanel';

/** The stages before the session, where the leader prepares it. */
const PREPARING = new Set(['draft', 'invited', 'prepared']);

interface Props {
  cycle: CycleRow;
  teamId: string;
  teamName: string;
}

/** The seeds' "Gode råd" before the session: the questions with the leader's answers, the roles, the rules, the papers. */
export function PreparationPanel({ cycle, teamId, teamName }: Props) {
  const { t } = useT();
  const cache = cycle.cache;
  if (!cache || !PREPARING.has(topState(cache.value))) return null;
  const { variant, plan } = cache.context;
  const actions = preparationActions(cycle.id);
  return (
    <section class="preparation" aria-labelledby="prep-heading">
      <h3 id="prep-heading">{t('prep.title')}</h3>
      <p>{t('prep.intro')}</p>
      <Answers variant={variant} answers={plan.preparation ?? {}} actions={actions} />
      <Advice variant={variant} />
      <GuideButtons actions={actions} teamId={teamId} teamName={teamName} />
      <details class="own-cards">
        <summary>{t('cards.title')}</summary>
        <CardEditor teamId={teamId} />
      </details>
    </section>
  );
}

function Answers({ variant, answers, actions }: { variant: Variant; answers: PreparationNotes; actions: PreparationActions }) {
  const { t } = useT();
  return (
    <fieldset class="prep-answers">
      <legend>{t('prep.questions')}</legend>
      {preparationQuestions(variant).map((q) => (
        <Answer
          key={q.field}
          field={q.field}
          question={t(q.question)}
          hint={q.hint && t(q.hint)}
          stored={answers[q.field] ?? ''}
          onSave={actions.save}
        />
      ))}
    </fieldset>
  );
}

interface AnswerProps {
  field: PreparationField;
  question: string;
  hint?: string;
  stored: string;
  /** `base`: the stored answer the leader's text was written over (the store refuses if it changed since). */
  onSave: (field: PreparationField, text: string, base: string) => Promise<void>;
}

/** One answer, saved when the leader leaves the field (not per keystroke: each save is a logged event). */
export function Answer({ field, question, hint, stored, onSave }: AnswerProps) {
  const { t, error } = useT();
  const [draft, setDraft] = useState(stored);
  // The stored answer the draft was begun from.
  const [base, setBase] = useState(stored);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const id = `prep-${field}`;
  // Another tab's save: shown at once in a field not edited here; an edited one keeps the leader's
  // text, and its save is refused once with the other answer shown (see save).
  useEffect(() => {
    if (draft === base) {
      setDraft(stored);
      setBase(stored);
    }
  }, [stored]);
  const save = async () => {
    if (draft.trim() === stored) return;
    setState('saving');
    setProblem(null);
    try {
      await onSave(field, draft, base);
      setBase(draft.trim());
      setState('saved');
    } catch (e) {
      setState('idle');
      setProblem(error(e));
      // The leader has now seen the other answer: leaving the field again saves theirs over it.
      if (e instanceof KeyedError && e.key === 'prep.error.changedElsewhere') setBase(stored);
    }
  };
  return (
    <div class="prep-answer" data-field={field}>
      <label for={id}>{question}</label>
      {hint && <small id={`${id}-hint`}> {hint}</small>}
      <textarea
        id={id}
        rows={2}
        maxLength={1000}
        value={draft}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => void save()}
      />
      <span class="save-state" aria-live="polite">
        {state === 'saving' ? t('prep.saving') : state === 'saved' ? t('prep.saved') : ''}
      </span>
      {problem && <span role="alert"> {problem}</span>}
    </div>
  );
}

function Advice({ variant }: { variant: Variant }) {
  const { t } = useT();
  const list = (items: readonly string[]) => (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <>
      <h4>{t('prep.roles')}</h4>
      {list(facilitationAdvice(variant).map((key) => t(key)))}
      <h4>{t('prep.groundRules')}</h4>
      {list(PREPARATION_GROUND_RULES)}
      <h4>{t('prep.followUp')}</h4>
      {list(followUpAdvice(variant).map((key) => t(key)))}
    </>
  );
}

function GuideButtons({ actions, teamId, teamName }: { actions: PreparationActions; teamId: string; teamName: string }) {
  const { t, error } = useT();
  const [note, setNote] = useState<string | null>(null);
  const guide = async () => {
    setNote(null);
    try {
      const { changed } = await actions.downloadGuide(teamName);
      if (changed.length) setNote(t('pdf.chars.made', { chars: describeCharChanges(changed) }));
    } catch (e) {
      setNote(t('error.generic', { message: error(e) }));
    }
  };
  return (
    <div class="prep-papers">
      <p>
        <button type="button" class="secondary" data-action="leaderGuidePdf" onClick={() => void guide()}>
          {t('prep.guidePdf')}
        </button>
        {note && <span role="status"> {note}</span>}
      </p>
      <WheelPdfButton teamId={teamId} teamName={teamName} />
    </div>
  );
}
