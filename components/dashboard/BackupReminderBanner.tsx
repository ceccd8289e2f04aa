import { useBackupReminder } from '../hooks/use-backup-reminder';
import { useT } from '../hooks/use-t';

/** On every dashboard view while a backup is due (over 30 days, or never with a cycle to lose). */
export function BackupReminderBanner() {
  const { t } = useT();
  const reminder = useBackupReminder();
  if (!reminder) return null;
  return (
    <p class="banner backup-reminder" role="note">
      {t(reminder === 'old' ? 'backup.reminderOld' : 'backup.reminderNever')} <a href="#view=settings">{t('backup.reminderAction')}</a>
    </p>
  );
}
