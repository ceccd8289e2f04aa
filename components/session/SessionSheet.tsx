import type { LockReason } from '../../machines/agreement-writes';
import type { ReadySession } from '../hooks/use-session';
import { useT } from '../hooks/use-t';
import { SheetEditor } from './SheetEditor';

interface Props {
  session: ReadySession;
  locked: LockReason | null;
  newAgreementFocus: number;
  onError: (e: unknown) => void;
}

/** The competence sheet of this session (the team plan's sheet in plain TUS), saved through the session's actions. */
export function SessionSheet({ session, locked, newAgreementFocus, onError }: Props) {
  const { t } = useT();
  const { actions } = session;
  const individual = session.snapshot.context.variant === 'tus-iku';
  // A refused write shows in the page's banner, and the row (or new-row button) learns it failed.
  const reported = async (write: Promise<void>) => {
    try {
      await write;
    } catch (e) {
      onError(e);
      throw e;
    }
  };
  return (
    <SheetEditor
      title={individual ? t('session.sheet') : t('session.teamPlanSheet')}
      employees={session.employees}
      showIndividual={individual}
      agreements={session.agreements}
      newAgreementFocus={newAgreementFocus}
      locked={locked}
      onSave={(draft) => reported(actions.saveAgreement(draft))}
      onNew={(employeeId, id) => reported(actions.newAgreement(employeeId, id))}
      onDelete={(id) => void actions.deleteAgreement(id).catch(onError)}
    />
  );
}
