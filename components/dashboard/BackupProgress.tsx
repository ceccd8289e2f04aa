import type { BackupStage } from '../../lib/actions/backup';
import { useT } from '../hooks/use-t';

/** The long work's stage, announced; an indeterminate bar while it runs. */
export function BackupProgress({ stage }: { stage: BackupStage | null }) {
  const { t } = useT();
  return (
    <p role="status" aria-live="polite">
      {stage && (
        <>
          <progress aria-hidden="true" /> {t(`backup.progress.${stage}`)}
        </>
      )}
    </p>
  );
}
