import { useState } from 'preact/hooks';
import { ownCardActions } from '../../lib/actions/session';
import { type FieldId, WHEEL } from '../../lib/session/cards';
import type { OwnCardDraft } from '../../lib/session/custom-cards';
import { type OwnCard, useOwnCards } from '../hooks/use-own-cards';
import { useT } from '../hooks/use-t';

const EMPTY: OwnCardDraft = { kind: 'dialog', text: '', field: null };

/** The team's own dialog and exercise cards: a list with edit and delete, and a form to add or change one. */
export function CardEditor({ teamId }: { teamId: string }) {
  const { t, error } = useT();
  const cards = useOwnCards(teamId);
  const actions = ownCardActions(teamId);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const attempt = async (work: () => Promise<void>): Promise<boolean> => {
    setProblem(null);
    try {
      await work();
      return true;
    } catch (e) {
      setProblem(error(e));
      return false;
    }
  };
  const editingCard = cards.find((c) => c.id === editing);
  return (
    // Shown inside a <details> whose summary is the title.
    <section class="card-editor" aria-label={t('cards.title')}>
      <p class="hint">{t('cards.intro')}</p>
      {cards.length === 0 ? (
        <p>{t('cards.none')}</p>
      ) : (
        <CardList cards={cards} onEdit={setEditing} onRemove={(id) => attempt(() => actions.remove(id))} />
      )}
      <CardForm
        key={editing ?? 'new'}
        initial={editingCard ? { kind: editingCard.kind, text: editingCard.text, field: editingCard.field } : EMPTY}
        editing={Boolean(editingCard)}
        onCancel={() => setEditing(null)}
        onSave={async (draft) => {
          const saved = await attempt(() => (editingCard ? actions.update(editingCard.id, draft) : actions.add(draft)));
          if (saved) setEditing(null);
          return saved;
        }}
      />
      {problem && (
        <p role="alert" class="banner">
          {problem}
        </p>
      )}
    </section>
  );
}

function CardList({ cards, onEdit, onRemove }: { cards: OwnCard[]; onEdit: (id: string) => void; onRemove: (id: string) => void }) {
  const { t } = useT();
  const fieldLabel = (field: FieldId | null) => WHEEL.find((f) => f.id === field)?.label ?? t('cards.field.any');
  return (
    <ul>
      {cards.map((card) => (
        <li key={card.id} data-card-id={card.id}>
          <span class="card-text">
            <strong>{t(card.kind === 'dialog' ? 'cards.kind.dialog' : 'cards.kind.exercise')}</strong>
            {card.kind === 'dialog' && <> ({fieldLabel(card.field)})</>}: {card.text}
          </span>
          <button type="button" class="secondary" aria-label={t('cards.editLabel', { text: card.text })} onClick={() => onEdit(card.id)}>
            {t('cards.edit')}
          </button>
          <button
            type="button"
            class="secondary"
            aria-label={t('cards.removeLabel', { text: card.text })}
            onClick={() => onRemove(card.id)}
          >
            {t('cards.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface FormProps {
  initial: OwnCardDraft;
  editing: boolean;
  onCancel: () => void;
  /** True when saved: the form empties again. */
  onSave: (draft: OwnCardDraft) => Promise<boolean>;
}

function CardForm({ initial, editing, onCancel, onSave }: FormProps) {
  const { t } = useT();
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<OwnCardDraft>) => setDraft({ ...draft, ...change });
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (await onSave(draft)) setDraft(EMPTY);
      }}
    >
      <label>
        {t('cards.kind')}{' '}
        <select value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value === 'exercise' ? 'exercise' : 'dialog' })}>
          <option value="dialog">{t('cards.kind.dialog')}</option>
          <option value="exercise">{t('cards.kind.exercise')}</option>
        </select>
      </label>
      {draft.kind === 'dialog' && (
        <label>
          {t('cards.field')}{' '}
          <select value={draft.field ?? ''} onChange={(e) => set({ field: WHEEL.find((f) => f.id === e.currentTarget.value)?.id ?? null })}>
            <option value="">{t('cards.field.any')}</option>
            {WHEEL.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('cards.text')}
        <textarea rows={2} maxLength={300} value={draft.text} onInput={(e) => set({ text: e.currentTarget.value })} />
      </label>
      <p>
        <button type="submit">{editing ? t('cards.save') : t('cards.add')}</button>
        {editing && (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('cards.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
