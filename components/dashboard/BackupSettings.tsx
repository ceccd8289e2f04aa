import { useState } from 'preact/hooks';
import type { BackupActions, BackupStage } from '../../lib/actions/backup';
import { MIN_PASSPHRASE } from '../../lib/backup/passphrase';
import { useBackup } from '../hooks/use-backup';
import { useT } from '../hooks/use-t';
import { BackupProgress as Progress } from './BackupProgress';
import { Field } from './Field';
import { RestoreBackup } from './RestoreBackup';
import { StorageSettings } from './StorageSettings';

/** "Sikkerhedskopi": storage, when the last backup was made, making one, and restoring one. */
export function BackupSettings() {
  const { t, dateTime } = useT();
  const { lastAt, actions } = useBackup();
  return (
    <>
      <StorageSettings />
      <section aria-labelledby="backup-heading" id="backup">
        <h3 id="backup-heading">{t('backup.title')}</h3>
        <p>{t('backup.intro')}</p>
        {lastAt !== undefined && (
          <p data-last-backup>{lastAt === null ? t('backup.never') : t('backup.lastAt', { date: dateTime(lastAt) })}</p>
        )}
        <MakeBackup actions={actions} />
        <RestoreBackup actions={actions} />
      </section>
    </>
  );
}

function MakeBackup({ actions }: { actions: BackupActions }) {
  const { t, error: describe } = useT();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [stage, setStage] = useState<BackupStage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      aria-busy={stage !== null}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        setDone(null);
        try {
          const file = await actions.makeBackup(pass, again, setStage);
          setPass('');
          setAgain('');
          setDone(t('backup.made', { file }));
        } catch (problem) {
          setError(describe(problem));
        } finally {
          setStage(null);
        }
      }}
    >
      <Field id="backup-pass" label={t('backup.passphrase', { min: MIN_PASSPHRASE })}>
        <input id="backup-pass" type="password" autocomplete="new-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
      </Field>
      <Field id="backup-pass-again" label={t('backup.passphraseAgain')} error={error}>
        <input
          id="backup-pass-again"
          type="password"
          autocomplete="new-password"
          value={again}
          aria-describedby={error ? 'backup-pass-again-error' : undefined}
          onInput={(e) => setAgain(e.currentTarget.value)}
        />
      </Field>
      <button type="submit" disabled={stage !== null}>
        {t('backup.make')}
      </button>
      <Progress stage={stage} />
      {done && <p role="status">{done}</p>}
    </form>
  );
}
