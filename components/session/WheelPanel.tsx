import { useState } from 'preact/hooks';
import { downloadWheel } from '../../lib/actions/preparation';
import { describeCharChanges } from '../../lib/pdf/winansi';
import type { FieldId } from '../../lib/session/cards';
import { useT } from '../hooks/use-t';
import { Wheel } from './Wheel';

interface Props {
  teamId: string;
  /** On the team page; the session view knows only the team's id. */
  teamName?: string;
  selected: FieldId | null;
  onSelect: (field: FieldId) => void;
}

/** The wheel with its printable copy (for a room without a screen and projector). */
export function WheelPanel({ teamId, teamName = '', selected, onSelect }: Props) {
  const { t } = useT();
  return (
    <section class="wheel-panel" aria-labelledby="wheel-heading">
      <h2 id="wheel-heading">{t('session.wheel')}</h2>
      <Wheel selected={selected} label={t('session.wheel')} onSelect={onSelect} />
      <WheelPdfButton teamId={teamId} teamName={teamName} />
    </section>
  );
}

/** Downloads the wheel as a PDF and names any character it had to replace. */
export function WheelPdfButton({ teamId, teamName }: { teamId: string; teamName: string }) {
  const { t, error } = useT();
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    setNote(null);
    try {
      const { changed } = await downloadWheel(teamId, teamName);
      if (changed.length) setNote(t('pdf.chars.made', { chars: describeCharChanges(changed) }));
    } catch (e) {
      setNote(t('error.generic', { message: error(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <p>
      <button type="button" class="secondary" disabled={busy} onClick={() => void onClick()} data-action="wheelPdf">
        {t('session.wheelPdf')}
      </button>
      {note && <span role="status"> {note}</span>}
    </p>
  );
}
