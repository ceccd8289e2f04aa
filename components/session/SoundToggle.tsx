import { useSessionSound } from '../hooks/use-session-sound';
import { useT } from '../hooks/use-t';

/** The chimes on or off; off until the leader turns them on, and remembered for the next session. */
export function SoundToggle({ onChange }: { onChange: (on: boolean) => void }) {
  const { t } = useT();
  const on = useSessionSound();
  return (
    <label class="choice sound-toggle">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.currentTarget.checked)} />
      {t('session.sound')}
    </label>
  );
}
