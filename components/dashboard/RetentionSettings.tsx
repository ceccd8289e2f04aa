import { useMemo, useState } from 'preact/hooks';
import { privacyActions, type RetentionItem } from '../../lib/actions/privacy';
import { useT } from '../hooks/use-t';
import { Field } from './Field';

/**
 * Erasing closed cycles older than N years: the list of what would go first (teams, dates,
 * employees named), then erased only after the leader confirms exactly that list.
 */
export function RetentionSettings() {
  const { t, error: describe } = useT();
  const actions = useMemo(() => privacyActions(), []);
  const [years, setYears] = useState(5);
  const [preview, setPreview] = useState<RetentionItem[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    setStatus(null);
    try {
      await work();
    } catch (e) {
      setError(describe(e));
    }
  };
  return (
    <section aria-labelledby="retention-heading">
      <h3 id="retention-heading">{t('privacy.retention.title')}</h3>
      <Field id="retention-years" label={t('privacy.retention.years')} error={error}>
        <input
          id="retention-years"
          type="number"
          min={1}
          max={50}
          value={years}
          aria-describedby={error ? 'retention-years-error' : undefined}
          onInput={(e) => {
            setYears(Number(e.currentTarget.value));
            setPreview(null);
          }}
        />
      </Field>
      <button type="button" class="secondary" onClick={() => attempt(async () => setPreview(await actions.retentionPreview(years)))}>
        {t('privacy.retention.preview')}
      </button>
      {status && <p role="status">{status}</p>}
      {preview && (
        <RetentionPreview
          items={preview}
          years={years}
          onConfirm={() =>
            attempt(async () => {
              const erased = await actions.eraseOldCycles(
                years,
                preview.map((i) => i.cycleId),
              );
              setPreview(null);
              setStatus(t('privacy.retention.done', { count: erased.length }));
            })
          }
          onCancel={() => setPreview(null)}
        />
      )}
    </section>
  );
}

interface PreviewProps {
  items: RetentionItem[];
  years: number;
  onConfirm: () => void;
  onCancel: () => void;
}

function RetentionPreview({ items, years, onConfirm, onCancel }: PreviewProps) {
  const { t, date } = useT();
  if (items.length === 0) return <p role="status">{t('privacy.retention.none', { years })}</p>;
  return (
    <div class="inline-form" role="alertdialog" aria-labelledby="retention-list">
      <p id="retention-list">{t('privacy.retention.list', { count: items.length })}</p>
      <ul>
        {items.map((i) => (
          <li key={i.cycleId}>
            {t('privacy.retention.item', { team: i.teamName, created: date(i.createdAt), closed: date(i.closedAt) })}
            {i.employees.length > 0 && <> — {t('privacy.retention.employees', { names: i.employees.join(', ') })}</>}
          </li>
        ))}
      </ul>
      <p>{t('privacy.erase.reference')}</p>
      <button type="button" class="danger" onClick={onConfirm}>
        {t('privacy.retention.confirm', { count: items.length })}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        {t('dash.cancel')}
      </button>
    </div>
  );
}
