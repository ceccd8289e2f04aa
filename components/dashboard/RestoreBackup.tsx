import { useState } from 'preact/hooks';
import type { BackupActions, BackupStage, MergeResult, OpenedBackup } from '../../lib/actions/backup';
import { useT } from '../hooks/use-t';
import { BackupProgress as Progress } from './BackupProgress';
import { Field } from './Field';

type Mode = 'replace' | 'merge';

/** Open a file with its passphrase, see what it holds, then replace or merge after confirming. */
export function RestoreBackup({ actions }: { actions: BackupActions }) {
  const { t, error: describe } = useT();
  const [file, setFile] = useState<File | null>(null);
  const [pass, setPass] = useState('');
  const [stage, setStage] = useState<BackupStage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const open = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    setOpened(null);
    if (!file) return;
    try {
      setOpened(await actions.openBackup(new Uint8Array(await file.arrayBuffer()), pass, setStage));
    } catch (problem) {
      setError(`${describe(problem)} ${t('backup.unchanged')}`);
    } finally {
      setStage(null);
    }
  };
  return (
    <div aria-labelledby="restore-heading" role="group">
      <h4 id="restore-heading">{t('backup.restoreTitle')}</h4>
      <form onSubmit={open} aria-busy={stage !== null}>
        <Field id="restore-file" label={t('backup.file')}>
          <input id="restore-file" type="file" accept=".tusbackup" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </Field>
        <Field id="restore-pass" label={t('backup.restorePassphrase')} error={error}>
          <input
            id="restore-pass"
            type="password"
            autocomplete="off"
            value={pass}
            aria-describedby={error ? 'restore-pass-error' : undefined}
            onInput={(e) => setPass(e.currentTarget.value)}
          />
        </Field>
        <button type="submit" disabled={!file || stage !== null}>
          {t('backup.open')}
        </button>
      </form>
      <Progress stage={stage} />
      {opened && (
        <Preview
          opened={opened}
          onDone={(message) => {
            setOpened(null);
            setDone(message);
          }}
        />
      )}
      {done && <p role="status">{done}</p>}
    </div>
  );
}

function Preview({ opened, onDone }: { opened: OpenedBackup; onDone: (message: string) => void }) {
  const { t, dateTime, error: describe } = useT();
  const [mode, setMode] = useState<Mode | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { preview } = opened;
  const write = async (chosen: Mode) => {
    setBusy(true);
    setError(null);
    try {
      if (chosen === 'replace') {
        const { written } = await opened.replace();
        onDone(t('backup.restored', { count: Object.values(written).reduce((a, b) => a + b, 0) }));
      } else onDone(mergeSummary(await opened.merge(), t));
    } catch (problem) {
      setError(`${describe(problem)} ${t('backup.unchanged')}`);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="preview-heading" class="backup-preview">
      <p id="preview-heading">{t('backup.preview', { date: dateTime(preview.madeAt), version: preview.schemaVersion })}</p>
      <ul>
        {Object.entries(preview.counts).map(([table, count]) => (
          <li key={table} data-table={table}>
            {t(`backup.table.${table as keyof typeof preview.counts}`)}: {count}
          </li>
        ))}
      </ul>
      <p>{t('backup.previewTeams', { names: preview.teams.join(', ') })}</p>
      {preview.conflicts.cycles + preview.conflicts.employees > 0 && (
        <p data-preview="conflicts">{t('backup.previewConflicts', { ...preview.conflicts })}</p>
      )}
      {preview.unchained > 0 && <p data-preview="unchained">{t('backup.previewLegacy', { count: preview.unchained })}</p>}
      {preview.erased.employees + preview.erased.cycles > 0 && (
        <p data-preview="erased">{t('backup.previewErased', { ...preview.erased })}</p>
      )}
      {mode === null ? (
        <p>
          <button type="button" onClick={() => setMode('replace')}>
            {t('backup.replace')}
          </button>{' '}
          <button type="button" onClick={() => setMode('merge')}>
            {t('backup.merge')}
          </button>
        </p>
      ) : (
        <div role="alertdialog" aria-labelledby="confirm-restore">
          <p id="confirm-restore">{t(mode === 'replace' ? 'backup.confirmReplace' : 'backup.confirmMerge')}</p>
          {/* biome-ignore lint/a11y/noAutofocus: the question just asked is where the leader answers. */}
          <button type="button" class={mode === 'replace' ? 'danger' : undefined} disabled={busy} autoFocus onClick={() => write(mode)}>
            {t('backup.confirm')}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setMode(null)}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
      <Progress stage={busy ? 'writing' : null} />
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function mergeSummary(result: MergeResult, t: ReturnType<typeof useT>['t']): string {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const lines = Object.keys(result.added)
    .filter((table) => (result.skipped as Record<string, number>)[table])
    .map((table) =>
      t('backup.mergedTable', {
        table: t(`backup.table.${table as keyof MergeResult['added']}`),
        added: (result.added as Record<string, number>)[table]!,
        skipped: (result.skipped as Record<string, number>)[table]!,
      }),
    );
  const erased = result.erased.employees + result.erased.cycles > 0 ? [t('backup.mergedErased', { ...result.erased })] : [];
  const refused = result.conflicts.cycles + result.conflicts.employees > 0 ? [t('backup.mergedConflicts', { ...result.conflicts })] : [];
  return [t('backup.merged', { added: sum(result.added), skipped: sum(result.skipped) }), ...lines, ...refused, ...erased].join(' · ');
}
