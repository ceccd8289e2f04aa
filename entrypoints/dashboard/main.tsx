import { render } from 'preact';
import { App } from '../../components/dashboard/App';
import './style.css';

render(<App />, document.getElementById('app')!);
