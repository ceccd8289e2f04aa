import { OverlayApp } from '../../components/overlay/OverlayApp';
import { mountPanel } from '../../components/panel-page';
import './style.css';

mountPanel(OverlayApp, 'popup.title');
