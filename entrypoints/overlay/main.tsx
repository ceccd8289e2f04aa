import { render } from 'preact';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import { claimPanel } from '../../lib/browser/panel-claim';
import { pickLocale, t } from '../../lib/i18n';
import './style.css';

const root = document.getElementById('app')!;
const locale = pickLocale(navigator.languages);
// Nothing is asked of the background until this frame is the one our content script mounted.
render(<p aria-busy="true">{t('popup.loading', {}, locale)}</p>, root);
const unclaimed = setTimeout(() => render(<p role="status">{t('panel.unclaimed', {}, locale)}</p>, root), 3000);
claimPanel(() => {
  clearTimeout(unclaimed);
  render(<OverlayApp />, root);
});
