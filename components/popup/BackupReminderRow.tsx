import { useBackupReminder } from '../hooks/use-backup-reminder';
import { useT } from '../hooks/use-t';

/** A row at the top of the popup's list while a backup is due; its button opens the settings' backup section. */
export function BackupReminderRow({ onOpen }: { onOpen: () => void }) {
  const { t } = useT();
  const reminder = useBackupReminder();
  if (!reminder) return null;
  const text = t(reminder === 'old' ? 'backup.reminderOld' : 'backup.reminderNever');
  return (
    <div class="team overdue backup-reminder" role="note">
      <div class="step">
        <span class="step-label">{text}</span>
      </div>
      <button type="button" onClick={onOpen} aria-label={text}>
        {t('backup.reminderAction')}
      </button>
    </div>
  );
}
