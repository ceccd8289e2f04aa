import { render } from 'preact';
import { SessionApp } from '../../components/session/SessionApp';
import '../dashboard/style.css';
import './style.css';

const cycleId = new URLSearchParams(location.hash.slice(1)).get('cycleId') ?? '';
render(<SessionApp cycleId={cycleId} />, document.getElementById('app')!);
