import { useState } from 'preact/hooks';
import { requestReminderRun } from '../../lib/browser/reminder-request';
import { useT } from './use-t';

/** Runs one action at a time: `busy` meanwhile, its error to `onError`, and the reminders after. */
export function useRun(onError: (message: string | null) => void) {
  const { t, error } = useT();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    onError(null);
    try {
      await work();
      // The badge and reminders follow the change at once, not at the next alarm.
      requestReminderRun();
    } catch (e) {
      onError(t('error.generic', { message: error(e) }));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

export type Run = ReturnType<typeof useRun>['run'];
