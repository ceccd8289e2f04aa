import { useState } from 'preact/hooks';
import { cardText, type FieldId, GROUND_RULES, WHEEL } from '../../lib/session/cards';
import { useT } from '../hooks/use-t';
import { CardEditor } from './CardEditor';

interface Props {
  teamId: string;
  field: FieldId | null;
  current: { id: string; text?: string } | null;
  drawn: string[];
  exhausted: { dialog: boolean; exercise: boolean };
  onDraw: (kind: 'dialog' | 'exercise') => void;
  onBlank: (text: string) => void;
}

export function CardTable({ teamId, field, current, drawn, exhausted, onDraw, onBlank }: Props) {
  const { t } = useT();
  const [blank, setBlank] = useState('');
  const card = cardText(current);
  const fieldLabel = WHEEL.find((f) => f.id === field)?.label;
  return (
    <section class="cards" aria-labelledby="cards-heading">
      <h2 id="cards-heading">{fieldLabel ? t('session.fieldCards', { field: fieldLabel }) : t('session.cards')}</h2>
      <div class="current-card" aria-live="polite" data-card-id={current?.id ?? ''}>
        {card}
      </div>
      <div class="controls">
        <button type="button" onClick={() => onDraw('dialog')} disabled={exhausted.dialog} aria-keyshortcuts="K">
          {t('session.drawDialog')}
        </button>
        <button type="button" class="secondary" onClick={() => onDraw('exercise')} disabled={exhausted.exercise}>
          {t('session.drawExercise')}
        </button>
      </div>
      {exhausted.dialog && <p role="status">{t('session.noCardsLeft')}</p>}
      <p class="drawn-count">{t('session.drawnCount', { count: drawn.length })}</p>
      <form
        class="blank-card"
        onSubmit={(e) => {
          e.preventDefault();
          if (!blank.trim()) return;
          onBlank(blank.trim());
          setBlank('');
        }}
      >
        <label for="blank-card">{t('session.blankCard')}</label>
        <input id="blank-card" value={blank} placeholder={t('session.blankPlaceholder')} onInput={(e) => setBlank(e.currentTarget.value)} />
        <button type="submit" class="secondary">
          {t('session.useBlank')}
        </button>
      </form>
      <details class="own-cards">
        <summary>{t('cards.title')}</summary>
        <CardEditor teamId={teamId} />
      </details>
      <details class="ground-rules">
        <summary>{t('session.groundRules')}</summary>
        <ul>
          {GROUND_RULES.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
