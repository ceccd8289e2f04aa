import { render } from 'preact';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import './style.css';

render(<OverlayApp />, document.getElementById('app')!);
