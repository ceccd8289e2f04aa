import { useStorageStatus } from '../hooks/use-backup';
import { useT } from '../hooks/use-t';

const size = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: bytes < 1e9 ? 'megabyte' : 'gigabyte', maximumFractionDigits: 1 }).format(
    bytes / (bytes < 1e9 ? 1e6 : 1e9),
  );

/** Whether the browser keeps the data when the disk runs low, the space used, and a button to ask again. */
export function StorageSettings() {
  const { t, locale } = useT();
  const { status, denied, ask } = useStorageStatus();
  if (!status) return null;
  const state = status.persisted === null ? 'unknown' : status.persisted ? 'persisted' : 'notPersisted';
  return (
    <section aria-labelledby="storage-heading" data-persisted={String(status.persisted)}>
      <h3 id="storage-heading">{t('storage.title')}</h3>
      <p>{t(`storage.${state}`)}</p>
      {status.usage !== null && status.quota !== null && (
        <p>{t('storage.used', { used: size(status.usage, locale), quota: size(status.quota, locale) })}</p>
      )}
      {status.persisted === false && (
        <button type="button" onClick={ask}>
          {t('storage.ask')}
        </button>
      )}
      {denied && <p role="status">{t('storage.denied')}</p>}
    </section>
  );
}
